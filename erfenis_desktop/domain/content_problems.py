"""What can be wrong with the content files, as codes (pure: no Qt, no file access).

A therapist may edit ``resources/content/<lang>/*.toml``; start-up says what is wrong in the
user's language. The checks therefore never build a sentence: each finds a
:class:`ContentProblem` (a code, the file it is in, and the values to name), and the UI turns
the code into a sentence (ui/common/content_problems.py). :data:`CODES` is the one list of
codes, each with its English wording, which ``str()`` gives (logs, tests, ``str(exc)``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

#: Every code a content check can report, with its English wording: {file} is the file the
#: problem is in ("nl/home.toml"), {0}, {1} … the values the problem names.
CODES: dict[str, str] = {
    # The folder and its files (services/content.py, domain/content.py).
    "folder_missing": "the content folder {0} is missing",
    "reference_missing": "the '{0}' content folder is missing",
    "file_missing": "{file} is missing",
    "file_unreadable": "{file} cannot be read ({0})",
    "toml_syntax": "{file} cannot be read: line {0}, column {1} is not valid TOML ({2})",
    "toml_syntax_unplaced": "{file} cannot be read: it is not valid TOML ({0})",
    "not_utf8": "{file} cannot be read: it is not saved as UTF-8 text (line {0} holds a byte that is not UTF-8)",
    "twin_file_missing": "{file} is missing (it exists in {0}/)",
    "twin_file_extra": "{file} has no twin in {0}/",
    # Keys and values (domain/content.py).
    "key_missing": "{file}: '{0}' is missing",
    "value_empty": "{file}: '{0}' is empty",
    "table_empty": "{file}: '{0}' is an empty table",
    "list_empty": "{file}: '{0}' is an empty list",
    "words_only": "{file}: '{0}' must hold only non-empty words",
    "wrong_kind": "{file}: '{0}' must be text, a table or a list, not {1}",
    "value_missing": "{file}: a value is missing or not of the kind Erfenis expects ('{0}' is missing)",
    "value_unexpected": "{file}: a value is missing or not of the kind Erfenis expects ({0})",
    # One language against the first ({1} or the last value: the first language's file).
    "twin_key_missing": "{file}: '{0}' is missing (compared with {1})",
    "twin_key_extra": "{file}: '{0}' is extra (compared with {1})",
    "twin_length": "{file}: '{0}' has {1} entries instead of {2} (compared with {3})",
    "twin_data": "{file}: '{0}' must be {1} as in the first language, not {2} (compared with {3})",
    "twin_kind": "{file}: '{0}' has a different kind of value (compared with {1})",
    # The cards of step 2 (domain/practice.py); {0} of a card: 'its_id' or cards[n].
    "cards_none": "{file}: there are no [[cards]]",
    "card_not_table": "{file}: cards[{0}] is not a table",
    "card_no_id": "{file}: cards[{0}] has no id",
    "card_id_twice": "{file}: card {0}: the id is used twice",
    "card_no_group": "{file}: card {0} has no group (one of {1})",
    "card_unknown_group": "{file}: card {0}: unknown group {1} (one of {2})",
    "card_text_missing": "{file}: card {0}: '{1}' is empty or missing",
    "group_no_cards": "{file}: group '{0}' has no cards",
    "avoid_not_list": "{file}: 'avoid' must be a list of tables ([[avoid]])",
    "avoid_not_table": "{file}: avoid[{0}] is not a table",
    "avoid_text_missing": "{file}: avoid[{0}]: '{1}' is empty or missing",
    "suggest_not_table": "{file}: 'suggest' must be a table",
    "suggest_unknown_tendency": "{file}: suggest: unknown tendency {0} (one of {1})",
    "suggest_unknown_card": "{file}: suggest.{0}: there is no card {1}",
    # The questions to answer together (domain/prompts.py).
    "earlier_not_ids": "{file}: '{0}' must be a list of ids",
    "earlier_unknown": "{file}: '{0}' names {1}, which is not in together.toml",
    "earlier_claimed_twice": "{file}: {0} is claimed by {1} too",
    "theme_no_questions": "{file}: the theme has no questions",
    "question_no_id": "{file}: a question without an id",
    "question_id_twice": "{file}: id {0} is used in {1} too",
    "question_no_theme": "{file}: question {0} belongs to no theme (add it to a theme’s '{1}')",
    # The pattern check (domain/questionnaire.py, domain/content.py).
    "item_wrong_scale": "{file}: item {0}: scale {1} does not belong in '{2}'",
    "item_id_twice": "{file}: item id {0} is used twice",
    "scale_no_items": "{file}: scale {0} has no items",
    "suggestion_not_word": "{file}: suggestion {0} is not in names.words",
    # The intimacy check (domain/intimacy.py).
    "areas_order": "{file}: the areas must be {0} in that order, not {1}",
    "item_reverse": "{file}: item {0}: reverse must be true or false",
    "area_item_count": "{file}: area {0} needs three or four items, not {1}",
    "area_step_count": "{file}: area {0}: band {1} needs two or three next steps",
    "area_link_kind": "{file}: area {0}: unknown link kind {1}",
    "area_link_missing": "{file}: area {0}, {1}: no {2} {3}",
    "area_prompt_missing": "{file}: area {0}: no together prompt {1}",
    # The demo couple's practice and intimacy data (domain/demo.py).
    "demo_cards": "{file}: '{0}' must name at least one and at most {1} cards of step 2",
    "demo_unknown_card": "{file}: '{0}' names {1}, which is not a card in practice.toml",
    "demo_card_twice": "{file}: '{0}' names {1} twice",
    "demo_number": "{file}: '{0}' must be a whole number from {1} to {2}",
    "demo_unknown_area": "{file}: '{0}' names {1}, which is not an area in intimacy.toml",
}

#: What ``wrong_kind`` names instead of a TOML value: "number", "true or false", "date".
KINDS = ("number", "true or false", "date")


def kind_of(value: object) -> str:
    """The kind of a TOML value that is not text, a table or a list, as one of :data:`KINDS`."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (datetime.date, datetime.time)):
        return "date"
    return type(value).__name__


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong in the content: ``code`` from :data:`CODES`, ``where`` the file
    ("nl/home.toml"; empty while a check does not know it, or for the folder as a whole) and
    ``args`` the values the wording names ({0}, {1} …), each as text."""

    code: str
    where: str = ""
    args: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise KeyError(f"unknown content problem code {self.code!r}")
        object.__setattr__(self, "args", tuple(str(a) for a in self.args))

    def __str__(self) -> str:
        text = CODES[self.code].format(*self.args, file=self.where)
        return text.removeprefix(": ")  # a problem not yet placed in a file

    def placed(self, where: str) -> ContentProblem:
        """This problem in ``where`` (a check of one file's tree does not know its name)."""
        return self if self.where else ContentProblem(self.code, where, self.args)


def problem(code: str, *args: object, where: str = "") -> ContentProblem:
    return ContentProblem(code, where, tuple(str(a) for a in args))


class ContentError(ValueError):
    """A content file is missing, unreadable, empty somewhere, or out of step with its twin.
    ``problems`` lists each as a :class:`ContentProblem`; ``str()`` gives them in English,
    one a line."""

    def __init__(self, problems: Iterable[ContentProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
