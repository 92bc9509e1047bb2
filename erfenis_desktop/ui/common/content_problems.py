"""What is wrong with the content files, said in the user's language.

The checks (domain/content_problems.py) give each problem as a code, the file it is in and
the values it names; here each code becomes a sentence: %1 is the file ("nl/home.toml"),
%2, %3 … the values, in the order domain/content_problems.CODES names them ({0}, {1} …).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from erfenis_desktop.domain.content_problems import ContentProblem
from erfenis_desktop.ui.common.widgets import fill

#: Values the sentences leave out on purpose (code, place in ``args``): Python's own English
#: wording of a TOML syntax error; the line and column say where to look.
LEFT_OUT = frozenset({("toml_syntax", 2)})


def sentences() -> dict[str, str]:
    """Every code's sentence in the current language (each a literal for lupdate)."""
    return {
        "folder_missing": QCoreApplication.translate(
            "ContentProblems", "The folder with the texts of Erfenis is missing: %2."),
        "reference_missing": QCoreApplication.translate(
            "ContentProblems", "The folder with the texts of the first language (%2) is missing."),
        "file_missing": QCoreApplication.translate(
            "ContentProblems", "%1 is missing."),
        "file_unreadable": QCoreApplication.translate(
            "ContentProblems", "%1 cannot be read (%2)."),
        "toml_syntax": QCoreApplication.translate(
            "ContentProblems", "%1 cannot be read: line %2, column %3 is not valid TOML."),
        "toml_syntax_unplaced": QCoreApplication.translate(
            "ContentProblems", "%1 cannot be read: it is not valid TOML (%2)."),
        "not_utf8": QCoreApplication.translate(
            "ContentProblems", "%1 cannot be read: it is not saved as UTF-8 text (line %2 holds a byte "
                               "that is not UTF-8)."),
        "twin_file_missing": QCoreApplication.translate(
            "ContentProblems", "%1 is missing, but it exists in %2/: every language needs the same files."),
        "twin_file_extra": QCoreApplication.translate(
            "ContentProblems", "%1 has no twin in %2/: every language needs the same files."),
        "key_missing": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is missing."),
        "value_empty": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is empty."),
        "table_empty": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is an empty table."),
        "list_empty": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is an empty list."),
        "words_only": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must hold only words, none of them empty."),
        "wrong_kind": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must be text, a table or a list, not %3."),
        "value_missing": QCoreApplication.translate(
            "ContentProblems", "%1: a value is missing or not of the kind Erfenis expects ('%2' is missing)."),
        "value_unexpected": QCoreApplication.translate(
            "ContentProblems", "%1: a value is missing or not of the kind Erfenis expects (%2)."),
        "twin_key_missing": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is missing (compared with %3)."),
        "twin_key_extra": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' is extra (compared with %3)."),
        "twin_length": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' has %3 entries instead of %4 (compared with %5)."),
        "twin_data": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must be %3 as in the first language, not %4 (compared with %5)."),
        "twin_kind": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' has a different kind of value (compared with %3)."),
        "cards_none": QCoreApplication.translate(
            "ContentProblems", "%1: there are no cards ([[cards]])."),
        "card_not_table": QCoreApplication.translate(
            "ContentProblems", "%1: cards[%2] is not a table."),
        "card_no_id": QCoreApplication.translate(
            "ContentProblems", "%1: cards[%2] has no id."),
        "card_id_twice": QCoreApplication.translate(
            "ContentProblems", "%1: card %2: the id is used twice."),
        "card_no_group": QCoreApplication.translate(
            "ContentProblems", "%1: card %2 has no group (one of %3)."),
        "card_unknown_group": QCoreApplication.translate(
            "ContentProblems", "%1: card %2: unknown group %3 (one of %4)."),
        "card_text_missing": QCoreApplication.translate(
            "ContentProblems", "%1: card %2: '%3' is empty or missing."),
        "group_no_cards": QCoreApplication.translate(
            "ContentProblems", "%1: group '%2' has no cards."),
        "avoid_not_list": QCoreApplication.translate(
            "ContentProblems", "%1: 'avoid' must be a list of tables ([[avoid]])."),
        "avoid_not_table": QCoreApplication.translate(
            "ContentProblems", "%1: avoid[%2] is not a table."),
        "avoid_text_missing": QCoreApplication.translate(
            "ContentProblems", "%1: avoid[%2]: '%3' is empty or missing."),
        "suggest_not_table": QCoreApplication.translate(
            "ContentProblems", "%1: 'suggest' must be a table."),
        "suggest_unknown_tendency": QCoreApplication.translate(
            "ContentProblems", "%1: suggest: unknown tendency %2 (one of %3)."),
        "suggest_unknown_card": QCoreApplication.translate(
            "ContentProblems", "%1: suggest.%2: there is no card %3."),
        "earlier_not_ids": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must be a list of ids."),
        "earlier_unknown": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' names %3, which is not in together.toml."),
        "earlier_claimed_twice": QCoreApplication.translate(
            "ContentProblems", "%1: %2 is claimed by %3 too."),
        "theme_no_questions": QCoreApplication.translate(
            "ContentProblems", "%1: the theme has no questions."),
        "question_no_id": QCoreApplication.translate(
            "ContentProblems", "%1: a question has no id."),
        "question_id_twice": QCoreApplication.translate(
            "ContentProblems", "%1: id %2 is used in %3 too."),
        "question_no_theme": QCoreApplication.translate(
            "ContentProblems", "%1: question %2 belongs to no theme (add it to a theme’s '%3')."),
        "item_wrong_scale": QCoreApplication.translate(
            "ContentProblems", "%1: item %2: scale %3 does not belong in '%4'."),
        "item_id_twice": QCoreApplication.translate(
            "ContentProblems", "%1: item id %2 is used twice."),
        "scale_no_items": QCoreApplication.translate(
            "ContentProblems", "%1: scale %2 has no items."),
        "suggestion_not_word": QCoreApplication.translate(
            "ContentProblems", "%1: the suggestion %2 is not one of names.words."),
        "areas_order": QCoreApplication.translate(
            "ContentProblems", "%1: the areas must be %2 in that order, not %3."),
        "item_reverse": QCoreApplication.translate(
            "ContentProblems", "%1: item %2: reverse must be true or false."),
        "area_item_count": QCoreApplication.translate(
            "ContentProblems", "%1: area %2 needs three or four items, not %3."),
        "area_step_count": QCoreApplication.translate(
            "ContentProblems", "%1: area %2: band %3 needs two or three next steps."),
        "area_link_kind": QCoreApplication.translate(
            "ContentProblems", "%1: area %2: unknown link kind %3."),
        "area_link_missing": QCoreApplication.translate(
            "ContentProblems", "%1: area %2, %3: there is no %4 %5."),
        "area_prompt_missing": QCoreApplication.translate(
            "ContentProblems", "%1: area %2: there is no together prompt %3."),
        "demo_cards": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must name at least one and at most %3 cards of step 2."),
        "demo_unknown_card": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' names %3, which is not a card in practice.toml."),
        "demo_card_twice": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' names %3 twice."),
        "demo_number": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' must be a whole number from %3 to %4."),
        "demo_unknown_area": QCoreApplication.translate(
            "ContentProblems", "%1: '%2' names %3, which is not an area in intimacy.toml."),
    }


def kinds() -> dict[str, str]:
    """What ``wrong_kind`` names instead of text (domain/content_problems.KINDS)."""
    return {"number": QCoreApplication.translate("ContentProblems", "a number"),
            "true or false": QCoreApplication.translate("ContentProblems", "true or false"),
            "date": QCoreApplication.translate("ContentProblems", "a date")}


def problem_text(problem: ContentProblem, _sentences: dict[str, str] | None = None) -> str:
    """One problem as a sentence in the current language."""
    template = (_sentences or sentences()).get(problem.code)
    if template is None:  # cannot happen (ContentProblem accepts only known codes); never lose it
        return str(problem)
    args = list(problem.args)
    if problem.code == "wrong_kind" and len(args) > 1:
        args[1] = kinds().get(args[1], args[1])
    return fill(template, problem.where, *args)


def problem_texts(problems: Iterable[ContentProblem]) -> list[str]:
    """Each problem as a sentence in the current language."""
    texts = sentences()
    return [problem_text(p, texts) for p in problems]
