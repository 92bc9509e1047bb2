"""Which question a couple is offered (services/prompts.py): seen from what they answered and
passed over, "not for us" kept per couple, encrypted, and out of a lone partner's reach."""

from __future__ import annotations

import json

import pytest

from erfenis_desktop.domain import prompts as rules
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.prompts import ANY, CHOICES, STEP1, Choices, PromptChoices
from erfenis_desktop.services.together import Together, new_session_id
from erfenis_desktop.services.vault import ProfileError, VaultService
from erfenis_desktop.storage.database import open_database
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.vault.memory_keyring import MemoryKeyring

PASSWORD = "lange wandeling"


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def content():
    return load_content()


@pytest.fixture
def world(data_dir, content):
    """Two couples in one data folder: Alex & Bo, Chris & Dee."""
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    couple = CoupleService(vault)
    people = [vault.create(name, f"{PASSWORD} {name}")[0] for name in ("Alex", "Bo", "Chris", "Dee")]
    couple.link(people[0], people[1])
    couple.link(people[2], people[3])
    yield vault, PromptChoices(couple, Exercises(content)), people
    db.close()


def ids(prompts) -> list[str]:
    return [p.id for p in prompts]


def answer(service: PromptChoices, a, b, prompt_id: str) -> None:
    """Both lock in an answer to one question, in one round."""
    session = new_session_id()
    for u in (a, b):
        Together.lock_in(u, prompt_id, "", f"Mijn antwoord op {prompt_id}", session)


def test_the_themes_in_order_each_with_its_own_questions_and_step_1_last(world):
    _vault, service, _people = world
    themes = service.themes("nl")
    assert [t.id for t in themes] == [*rules.THEMES, STEP1]
    assert themes[0].title == "Thuis, toen" and service.themes("en")[0].title == "Home, back then"
    assert ids(themes[0].prompts)[:4] == ["sad_at_home", "comfort", "repair", "fight_style"]
    assert themes[0].prompts[2].question.startswith("Wie maakte het thuis weer goed")  # together.toml's "repair"
    assert "repair" not in ids(themes[-1].prompts)  # the step-1 question of that id cannot be told apart
    assert sum(len(t.prompts) for t in themes[:-1]) >= 120


def test_a_fresh_couple_is_offered_each_theme_from_its_first_question(world):
    _vault, service, (a, b, _c, _d) = world
    for theme in service.themes("en"):
        assert service.offer(a, b, "en", theme.id).id == theme.prompts[0].id
    any_order = ids(service.ranked(a, b, "en", ANY))
    assert any_order[:len(rules.THEMES) + 1] == [t.prompts[0].id for t in service.themes("en")]  # one of each


def test_what_they_answered_and_passed_over_counts_as_seen_until_the_theme_is_done(world):
    _vault, service, (a, b, _c, _d) = world
    theme = ids(next(t for t in service.themes("nl") if t.id == "future").prompts)
    offered = []
    for i in range(len(theme)):
        pid = service.offer(a, b, "nl", "future", avoid=offered[-1] if offered else None).id
        offered.append(pid)
        if i % 3 == 0:
            answer(service, a, b, pid)
        else:
            service.another(a, b, pid)
    assert sorted(offered) == sorted(theme)  # every one once, none twice
    assert service.offer(a, b, "nl", "future").id == theme[0]  # then round again, from the start
    # The order of the two does not matter: it is the couple's.
    assert ids(service.ranked(b, a, "nl", "future")) == ids(service.ranked(a, b, "nl", "future"))


def test_an_answer_of_only_one_of_them_counts_and_a_round_counts_once(world):
    _vault, service, (a, b, _c, _d) = world
    Together.lock_in(a, "gen_letter", "", "Wees lief voor elkaar.", new_session_id())
    answer(service, a, b, "gen_grandparents")  # two answers, one round
    ranked = ids(service.ranked(a, b, "en", "generations"))
    assert ranked[-2:] == ["gen_grandparents", "gen_letter"]  # seen once each, in the order of the theme
    assert ranked[0] == "like_home"


def test_not_for_us_is_never_offered_again_to_that_couple_but_still_to_another(world):
    vault, service, (a, b, c, d) = world
    first = service.offer(a, b, "nl", "intimacy").id
    service.not_for_us(a, b, first)
    for theme in ("intimacy", ANY):
        assert first not in ids(service.ranked(a, b, "nl", theme))
        assert first not in ids(service.ranked(b, a, "en", theme))
        assert first in ids(service.ranked(c, d, "nl", theme))  # another couple: still theirs to get
    assert service.offer(c, d, "nl", "intimacy").id == first
    # Kept: the two unlock again another day, and it is still set aside; every round after too.
    a.lock()
    b.lock()
    a, _ = vault.unlock(a.profile.uuid, f"{PASSWORD} Alex")
    b, _ = vault.unlock(b.profile.uuid, f"{PASSWORD} Bo")
    theme = ids(service.ranked(a, b, "nl", "intimacy"))
    assert first not in theme
    for pid in theme * 2:
        service.another(a, b, pid)
        assert service.offer(a, b, "nl", "intimacy").id != first
    # Either of them may bring it back, with both there (as when it was set aside).
    service.for_us_again(b, a, first)
    assert first in ids(service.ranked(a, b, "nl", "intimacy"))


def test_not_for_us_is_kept_encrypted_in_both_profiles(world, data_dir):
    vault, service, (a, b, _c, _d) = world
    pid = "int_what_you_enjoy"  # a question's id is not secret: that the couple set it aside is
    assert all(pid.encode() not in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    service.not_for_us(a, b, pid)
    service.another(a, b, "fut_money")
    for u in (a, b):  # one record in each profile, with the choice in it
        texts, damaged = u.readable_texts(CHOICES)
        assert damaged == 0 and len(texts) == 1
        assert pid in Choices.from_json(texts[0].text).not_for_us
    for u in (a, b):
        u.lock()
    vault.db.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "erfenis.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in (pid, "fut_money"):
            assert secret.encode("utf-8") not in data and secret.encode("utf-16-le") not in data, (path, secret)


def test_a_partner_alone_cannot_undo_or_forge_the_others_choice(world):
    vault, service, (a, b, _c, _d) = world
    pid = "dans_fear"
    service.not_for_us(a, b, pid)
    couple = service.couple.couple_of(a.profile.uuid)
    # Bo, alone, empties Bo's own record: Alex's still says it, so it stays aside.
    own = b.readable_texts(CHOICES)[0][0]
    b.save_text(CHOICES, Choices(couple).to_json(), own.uuid)
    assert pid not in ids(service.ranked(a, b, "en", "dans"))
    # Bo puts a record of Bo's own making into Alex's name, by hand: it is not Alex's, and is not read.
    forged = Choices(couple, {}, {"dans_first_sign"}).to_json()
    row_uuid = b.save_text(CHOICES, forged)
    vault.db.conn.execute("UPDATE private_item SET owner_uuid = ? WHERE uuid = ?", (a.profile.uuid, row_uuid))
    vault.db.conn.commit()
    assert len(a.readable_texts(CHOICES)[0]) == 1 and a.readable_texts(CHOICES)[1] == 1  # counted as damaged
    assert not any("dans_first_sign" in Choices.from_json(t.text).not_for_us for t in a.readable_texts(CHOICES)[0])
    # Alex's record, changed by hand without Alex's key, does not open: Alex's choice cannot be rewritten.
    mine = a.readable_texts(CHOICES)[0][0]
    vault.db.conn.execute("UPDATE private_item SET body = ? WHERE uuid = ?", (b"\x00" * 300, mine.uuid))
    vault.db.conn.commit()
    assert a.readable_texts(CHOICES)[0] == []


def test_only_the_two_of_a_couple_together(world):
    _vault, service, (a, _b, c, _d) = world
    with pytest.raises(ProfileError):
        service.offer(a, c, "en")  # not each other's partner
    with pytest.raises(ProfileError):
        service.not_for_us(a, a, "comfort")


def test_a_record_of_another_shape_is_left_alone(world):
    _vault, service, (a, b, _c, _d) = world
    couple = service.couple.couple_of(a.profile.uuid)
    for bad in ("[]", "{}", json.dumps({"couple": couple, "skipped": {"x": "1"}}),
                json.dumps({"couple": couple, "not_for_us": "comfort"}), "not json"):
        a.save_text(CHOICES, bad)
    assert ids(service.ranked(a, b, "en", "home"))[0] == "sad_at_home"
    service.not_for_us(a, b, "sad_at_home")
    assert ids(service.ranked(a, b, "en", "home"))[0] == "comfort"


@pytest.mark.parametrize("mine, theirs, skipped, aside", [
    (({}, set()), ({}, set()), {}, set()),
    (({"a": 2}, {"x"}), ({"a": 2}, set()), {"a": 2}, {"x"}),  # both kept the same pass: counted once
    (({"a": 1}, set()), ({"a": 3, "b": 1}, {"y"}), {"a": 3, "b": 1}, {"y"}),  # one record behind: the other's
])
def test_two_records_taken_together(mine, theirs, skipped, aside):
    merged = Choices("c", *mine).merged(Choices("c", *theirs))
    assert (merged.skipped, merged.not_for_us) == (skipped, aside)
    assert Choices.from_json(merged.to_json()).skipped == skipped
