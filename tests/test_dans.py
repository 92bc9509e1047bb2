"""The dans: its shape, the sentences that name it, the loop, in both languages."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain import dans
from erfenis_desktop.services.content import load_content

CONTENT = load_content()
FEARS = {"a": "Ik ben niet belangrijk genoeg.", "b": "I'll be swallowed up!"}


def _side(name, tendency, fear):
    position = {"pursue": 3.0, "withdraw": -2.5, "neither": 0.0, None: None}[tendency]
    return dans.Side(name, position, {"fear": fear} if fear else {})


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("ta, tb, expected", [
    ("pursue", "withdraw", dans.PURSUE_WITHDRAW),
    ("withdraw", "pursue", dans.PURSUE_WITHDRAW),
    ("pursue", "pursue", dans.BOTH_PURSUE),
    ("withdraw", "withdraw", dans.BOTH_WITHDRAW),
    ("neither", "pursue", dans.UNCLEAR),
    ("neither", "neither", dans.UNCLEAR),
    (None, "withdraw", dans.INCOMPLETE),  # one partner shared nothing that tells yet
    ("pursue", None, dans.INCOMPLETE),
    (None, None, dans.UNCLEAR),
])
@pytest.mark.parametrize("fears", [True, False])
def test_every_combination_gets_whole_sentences_with_names_and_no_placeholders(lang, ta, tb, expected, fears):
    texts = CONTENT.texts[lang]["dans"]
    a = _side("Robin", ta, FEARS["a"] if fears else "")
    b = _side("Sam", tb, FEARS["b"] if fears else "")
    dance = dans.compose(a, b, texts)
    assert dance.shape == expected
    text = " ".join(dance.sentences)
    assert "{" not in text and "}" not in text
    assert all(s[0].isupper() and s.rstrip()[-1] in ".!?’”" for s in dance.sentences), dance.sentences
    if expected == dans.PURSUE_WITHDRAW:
        pursuer, withdrawer = ("Robin", "Sam") if ta == "pursue" else ("Sam", "Robin")
        assert dance.pursuer == (0 if ta == "pursue" else 1)
        # The one who moves closer is named where the sentence says so, whoever it is.
        template = texts["shapes"]["pursue_withdraw"]["sentence"]
        assert dance.sentences[0] == template.replace("{pursuer}", pursuer).replace("{withdrawer}", withdrawer).strip()
    else:
        assert "Robin" in dance.sentences[0] and "Sam" in dance.sentences[0]
    if expected == dans.INCOMPLETE:
        missing = "Robin" if ta is None else "Sam"
        assert dance.sentences[0].index(missing) < dance.sentences[0].index("Sam" if missing == "Robin" else "Robin")
        return
    if fears:
        assert "Ik ben niet belangrijk genoeg’" in text and "I'll be swallowed up’" in text  # own words, once
        assert "genoeg.’" not in text
    else:
        assert dance.sentences[1] == texts["shapes"][expected]["fears_missing"].strip()


@pytest.mark.parametrize("lang, you", [("nl", r"\bj(e|ij)\b"), ("en", r"\b[Yy]ou\b")])
@pytest.mark.parametrize("tendency, sentence", [
    ("pursue", "pursue"), ("withdraw", "withdraw"), ("neither", "unclear"), (None, "unclear"),
])
def test_the_solo_sentence_speaks_to_the_person(lang, you, tendency, sentence):
    import re

    texts = CONTENT.texts[lang]["dans"]
    text = dans.solo(_side("Noor", tendency, ""), texts)
    assert text == texts["solo"][sentence].strip()  # the sentence for this tendency, not another one
    assert "{" not in text and re.search(you, text)  # spoken to the person, in their language


def test_roles_come_from_answers_never_from_anything_else():
    # Without a pattern mirror, the move chosen in the cycle map tells.
    a = dans.Side("Alex", None, {}, move_kind="withdraw")
    b = dans.Side("Bo", None, {}, move_kind="pursue")
    assert dans.compose(a, b, CONTENT.texts["en"]["dans"]).pursuer == 1
    assert dans.Side("Alex", 0.5).tendency == "neither" and dans.Side("Alex", 1.0).tendency == "pursue"


def test_the_loop_goes_round_from_one_partners_move_through_the_other():
    a = dans.Side("A", 2, {"move": "ik vraag nog eens", "meaning": "ik tel niet", "surface": "boos",
                           "underneath": "eenzaam"})
    b = dans.Side("B", -2, {"move": "ik ga weg", "meaning": "het is nooit goed", "underneath": "overspoeld"})
    steps = dans.loop(a, b)
    assert [(s.owner, s.kind) for s in steps] == list(dans.LOOP)
    assert [s.text for s in steps] == ["ik vraag nog eens", "het is nooit goed", "overspoeld", "ik ga weg",
                                       "ik tel niet", "boos / eenzaam"]
