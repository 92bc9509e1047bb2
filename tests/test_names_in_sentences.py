"""The people who raised someone, inside a sentence (domain/questionnaire.py ``Naming`` and
``fill_name``, with the shipped content): a role word reads "je moeder" in a question and
"mijn moeder" in the reader's own voice, a typed name stays as typed, a sentence starts with a
capital, and what is put in is never read again. Also: how long the pattern mirror takes."""

from __future__ import annotations

import copy
import re

import pytest

from erfenis_desktop.domain.content import ContentError, validate
from erfenis_desktop.domain.names import fill
from erfenis_desktop.domain.questionnaire import Naming, fill_name, minutes_for, questions
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.exercises import Exercises

CONTENT = load_content()
EXERCISES = Exercises(CONTENT)
NAMING = {lang: EXERCISES.naming(lang) for lang in ("nl", "en")}


@pytest.mark.parametrize("lang, template, name, expected", [
    # A role word speaks to the reader in a title or a question …
    ("nl", "Over {name}, in je jeugd", "moeder", "Over je moeder, in je jeugd"),
    ("nl", "Hoe was {name} aan tafel?", "oma", "Hoe was je oma aan tafel?"),
    ("en", "About {name}, when you were growing up", "mother", "About your mother, when you were growing up"),
    ("en", "What was {name} like at the table?", "foster parent", "What was your foster parent like at the table?"),
    # … and is the reader's own in a statement or an example answer.
    ("nl", "Als ik iets wilde vertellen, luisterde {my_name} echt.", "vader",
     "Als ik iets wilde vertellen, luisterde mijn vader echt."),
    ("en", "When I was sad, {my_name} usually did not notice.", "father", "When I was sad, my father usually did not notice."),
    # Capitals at the start of a sentence, in both forms.
    ("nl", "{my_name} was er vaak niet als ik iemand nodig had.", "moeder",
     "Mijn moeder was er vaak niet als ik iemand nodig had."),
    ("nl", "Ja. {name} werkte veel.", "opa", "Ja. Je opa werkte veel."),
    ("en", "{my_name} let me make mistakes.", "grandmother", "My grandmother let me make mistakes."),
    ("en", "Well? {name} did what?", "stepfather", "Well? Your stepfather did what?"),
    # However it was typed, a role word is a role word; chosen in the other language, it is
    # said in this one.
    ("nl", "Over {name}, in je jeugd", "Moeder", "Over je moeder, in je jeugd"),
    ("nl", "Over {name}, in je jeugd", "  STIEFVADER ", "Over je stiefvader, in je jeugd"),
    ("nl", "{my_name} liet me vrij.", "mother", "Mijn moeder liet me vrij."),
    ("en", "About {name}, when you were growing up", "pleegouder", "About your foster parent, when you were growing up"),
    # A typed name stays as typed (only its first letter is a capital where a sentence starts).
    ("nl", "Over {name}, in je jeugd", "oma Riet", "Over oma Riet, in je jeugd"),
    ("nl", "Als ik iets wilde laten zien, zat {my_name} vaak achter de krant.", "mam",
     "Als ik iets wilde laten zien, zat mam vaak achter de krant."),
    ("nl", "{my_name} liet me vrij.", "mam", "Mam liet me vrij."),
    ("en", "{my_name} let me make mistakes.", "Mum", "Mum let me make mistakes."),
    ("en", "About {name}, when you were growing up", "my mother", "About my mother, when you were growing up"),
    ("nl", "Over {name}, in je jeugd", "moeder Anna", "Over moeder Anna, in je jeugd"),
    # Filled in one pass: a name with markup or a place-holder in it is shown as it is.
    ("nl", "{my_name} was er vaak niet.", "<b>{name}</b>", "<b>{name}</b> was er vaak niet."),
    ("en", "About {name}, and {my_name}.", "{my_name}", "About {my_name}, and {my_name}."),
    ("nl", "Over {name}.", "<img src=/dev/zero>", "Over <img src=/dev/zero>."),
    # Before anyone is chosen: "one of your parents", inside the sentence (never "(a parent …)").
    ("nl", "Hoe was {name} aan tafel?", "", "Hoe was een van je ouders aan tafel?"),
    ("nl", "{my_name} was heel lief voor me.", "", "Een van mijn ouders was heel lief voor me."),
    ("en", "Where in your own relationship are you like {name}?", "",
     "Where in your own relationship are you like one of your parents?"),
])
def test_a_name_reads_well_in_a_sentence(lang, template, name, expected):
    assert fill_name(template, name, NAMING[lang]) == expected


def test_without_a_naming_a_name_goes_in_as_typed():
    assert fill_name("{name} was er vaak niet.", "moeder") == "Moeder was er vaak niet."
    assert fill_name("Over {name}.", "moeder") == "Over moeder."


def _filled_texts(lang: str, name: str) -> list[str]:
    """Every shipped sentence that names someone who raised the reader, filled in with ``name``."""
    q = EXERCISES.questionnaire(lang)
    texts = [x.text() for x in questions(q, [name])]
    texts.append(fill_name(CONTENT.get(lang, "pattern_check", "sections.parent.title"), name, NAMING[lang]))
    step1 = CONTENT.texts[lang]["see_the_pattern"]
    for group in ("parent_prompts", "mirror_prompts"):
        for prompt in step1[group]:
            texts += [fill_name(prompt[k], name, NAMING[lang]) for k in ("question", "vague", "concrete")]
    for scale in ("absent", "overprotective"):
        texts.append(fill(CONTENT.get(lang, "patterns", f"scales.{scale}.reminder"),
                          name=NAMING[lang].in_sentence(name)))
    return texts


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_role_word_stands_bare_in_a_sentence(lang):
    """'alsof moeder er niet echt was' reads as a name: every chosen role word comes with
    je/mijn (your/my), and no place-holder or empty place is left over."""
    owner = {"nl": r"(je|mijn)", "en": r"(your|my)"}[lang]
    for word in CONTENT.get(lang, "pattern_check", "parents.suggestions"):
        for text in _filled_texts(lang, word):
            assert "{" not in text and "  " not in text, text
            for found in re.finditer(re.escape(word), text, flags=re.IGNORECASE):
                before = text[:found.start()].rstrip().split(" ")[-1] if found.start() else ""
                if word == "father" and text[:found.start()].lower().endswith(("grand", "step", "foster ")):
                    continue  # "grandfather" when the word is "father"
                if word == "mother" and text[:found.start()].lower().endswith(("grand", "step", "foster ")):
                    continue
                assert re.fullmatch(owner, before, flags=re.IGNORECASE), (word, text)


@pytest.mark.parametrize("lang, word, yours, mine", [("nl", "moeder", "je moeder", "mijn moeder"),
                                                     ("en", "mother", "your mother", "my mother")])
def test_questions_speak_to_the_reader_and_statements_are_their_own(lang, word, yours, mine):
    q = EXERCISES.questionnaire(lang)
    items = [x.text() for x in questions(q, [word]) if x.parent]
    assert items and all(mine in t.lower() and yours not in t.lower() for t in items)
    title = fill_name(CONTENT.get(lang, "pattern_check", "sections.parent.title"), word, NAMING[lang])
    assert yours in title.lower()
    for prompt in CONTENT.texts[lang]["see_the_pattern"]["parent_prompts"]:
        assert yours in fill_name(prompt["question"], word, NAMING[lang]).lower()
        for example in ("vague", "concrete"):
            assert yours not in fill_name(prompt[example], word, NAMING[lang]).lower()


@pytest.mark.parametrize("lang, name, expected", [
    ("nl", "moeder", "bij je moeder: iemand die er vaak niet was"),
    ("nl", "Riet", "bij Riet: iemand die er vaak niet was"),
    ("en", "mother", "your mother, as someone who was often not there"),
])
def test_the_loop_maps_reminder_describes_and_does_not_judge(lang, name, expected):
    template = CONTENT.get(lang, "patterns", "scales.absent.reminder")
    assert fill(template, name=NAMING[lang].in_sentence(name)) == expected


def test_a_suggestion_must_be_a_role_word_in_the_content():
    texts = copy.deepcopy(CONTENT.texts)
    texts["en"]["pattern_check"]["parents"]["suggestions"].append("godmother")
    with pytest.raises(ContentError, match="godmother"):
        validate(texts)
    texts = copy.deepcopy(CONTENT.texts)
    texts["en"]["pattern_check"]["names"]["words"].pop()  # the twins no longer line up
    with pytest.raises(ContentError, match="names.words"):
        validate(texts)


def test_role_words_are_twins_across_languages():
    assert Naming.from_content("nl", {k: v["pattern_check"] for k, v in CONTENT.texts.items()}).role("grandfather") \
        == "opa"
    assert NAMING["en"].role("oma") == "grandmother" and NAMING["en"].role("Riet") is None


def test_the_pattern_check_takes_longer_with_more_people():
    q = EXERCISES.questionnaire("nl")
    minutes = [minutes_for(len(questions(q, [f"p{i}" for i in range(n)]))) for n in range(6)]
    assert minutes[1] == 10  # what the introduction has always said, with one person
    assert minutes == sorted(minutes) and minutes[2] > minutes[1] and minutes[3] > minutes[2]
