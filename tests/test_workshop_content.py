"""The facilitator's guide and the workshop texts: loaded and checked at start-up like every
content file, complete in both languages, with who should not take part and where to refer."""

from __future__ import annotations

import copy

import pytest

from erfenis_desktop.domain.content import ContentError, validate
from erfenis_desktop.services.content import load_content


def _all_text(tree) -> str:
    if isinstance(tree, str):
        return tree
    if isinstance(tree, dict):
        return "\n".join(_all_text(v) for v in tree.values())
    if isinstance(tree, list):
        return "\n".join(_all_text(v) for v in tree)
    return ""


@pytest.mark.parametrize("lang,words", [
    ("nl", ("geweld", "dwingende controle", "verhouding", "verslaving", "Veilig Thuis", "0800-2000",
            "113 Zelfmoordpreventie", "0800-0113", "113.nl", "huisarts", "relatietherapeut")),
    ("en", ("violence", "coercive control", "affair", "addiction", "Veilig Thuis", "0800-2000",
            "113 Zelfmoordpreventie", "0800-0113", "113.nl", "GP (huisarts)", "relationship therapist")),
])
def test_the_guide_says_who_should_not_take_part_and_where_to_refer_them(lang, words):
    bundle = load_content()
    not_for = _all_text(bundle.get(lang, "workshop", "not_for"))
    for word in words:
        assert word in not_for, (lang, word)


@pytest.mark.parametrize("lang,topics", [
    ("nl", ("Aansluiten", "Beurten", "Papieren werkbladen", "Presentatie", "groepsbeeld", "mee naar huis", "Wissen")),
    ("en", ("Joining", "Turns", "Paper worksheets", "Presenter", "group picture", "home", "wipe")),
])
def test_the_guide_covers_the_whole_day(lang, topics):
    sections = load_content().get(lang, "workshop", "guide.sections")
    titles = " ".join(s["title"] for s in sections)
    for topic in topics:
        assert topic.lower() in titles.lower(), (lang, topic)
    assert all(s["body"].strip() for s in sections)


def test_the_skip_warning_says_what_skipping_means():
    bundle = load_content()
    assert "weg" in bundle.get("nl", "workshop", "join.skip_warning")
    assert "gone" in bundle.get("en", "workshop", "join.skip_warning")


def test_a_missing_workshop_text_stops_start_up_with_the_key_named():
    bundle = load_content()
    texts = copy.deepcopy(bundle.texts)
    del texts["en"]["workshop"]["not_for"]["refer"]
    with pytest.raises(ContentError) as problem:
        validate(texts)
    assert any("en/workshop.toml" in str(p) and "not_for.refer" in str(p) for p in problem.value.problems)
    texts = copy.deepcopy(bundle.texts)
    texts["nl"]["workshop"]["guide"]["sections"].pop()
    with pytest.raises(ContentError):
        validate(texts)
