"""The concreteness nudge: general impressions get a gentle question, concrete memories do not."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain.nudge import NudgeRules, should_nudge
from erfenis_desktop.services.content import load_content

CONTENT = load_content()
RULES = {lang: NudgeRules.from_content(CONTENT.texts[lang]["nudge"]) for lang in ("nl", "en")}


@pytest.mark.parametrize("lang, text", [
    ("nl", "Mijn ouders waren liefdevol."),
    ("nl", "Het was gewoon normaal bij ons thuis."),
    ("nl", "Fijn, prima eigenlijk."),
    ("nl", "Gezellig. Ze waren allebei heel lief voor ons en het was altijd warm en goed."),
    ("nl", "Liefdevol"),
    ("en", "My parents were loving."),
    ("en", "It was fine, pretty normal really."),
    ("en", "Nice. Nothing special."),
    ("en", "They were warm and loving and it was all good."),
])
def test_should_nudge(lang, text):
    assert should_nudge(text, RULES[lang])


@pytest.mark.parametrize("lang, text", [
    ("nl", "Mijn moeder vroeg hoe het ging. Mijn vader gaf korte antwoorden."),
    ("nl", "Als mijn moeder huilde, ging mijn vader naar de garage."),
    ("nl", "Aan tafel zat mijn vader achter de krant en zei niets."),
    ("nl", "Oma pakte mijn hand als ik verdrietig was en bleef naast me zitten tot ik rustig werd."),
    ("nl", ""),
    ("nl", "Ik weet het niet meer."),
    ("en", "My mother asked how school went. My father gave short answers."),
    ("en", "When my mother cried, my father went to the garage."),
    ("en", "At dinner my father read the paper and said nothing."),
    ("en", "   "),
])
def test_should_not_nudge(lang, text):
    assert not should_nudge(text, RULES[lang])
