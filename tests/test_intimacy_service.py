"""The intimacy check as the service keeps it (services/intimacy.py), with the real vault and
SQLite: answers encrypted (no answer in any file of the data folder), retaking with earlier
results kept, sharing only by choice, and the comparison that shows nothing of the partner
unless both chose to share their latest result."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.services.content import load_content
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.intimacy import KIND, IntimacyService, Take
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
    data_dir.mkdir()
    db = open_database(data_dir)
    vault = VaultService(db, kdf=FastTestKdf(), keyring_backend=MemoryKeyring(), clock=Clock())
    couple = CoupleService(vault)
    service = IntimacyService(Exercises(content), couple)
    a, _ = vault.create("Alex", PASSWORD)
    b, _ = vault.create("Bo", PASSWORD + " b")
    yield vault, couple, service, a, b
    db.close()


def take_all(service: IntimacyService, u, value_for, lang: str = "en") -> Take:
    """Answer every statement with ``value_for(item)`` and finish."""
    take = Take()
    for item in service.check(lang).items:
        take = service.answer(u, take, item.id, value_for(item), lang)
    return service.finish(u, take, lang)


def agree(item) -> int:
    return 1 if item.reverse else 7  # as much ease as the statements allow: 100 everywhere


def middling(item) -> int:
    return 4


def test_answers_are_saved_at_once_and_the_check_goes_on_where_it_stopped(world):
    _vault, _couple, service, a, _b = world
    items = service.check("en").items
    take = service.answer(a, Take(), items[0].id, 6, "en")
    take = service.answer(a, take, items[1].id, rules.SKIP, "en")
    again = service.open_take(a)
    assert again.uuid == take.uuid and again.answers == {items[0].id: 6, items[1].id: rules.SKIP}
    assert rules.first_unanswered(service.check("en"), again.answers) == 2
    assert service.finished(a) == []


@pytest.mark.parametrize("value", [0, 8, "7", 3.5, True, "na"])
def test_an_answer_out_of_range_is_refused(world, value):
    _vault, _couple, service, a, _b = world
    with pytest.raises(ProfileError):
        service.answer(a, Take(), service.check("en").items[0].id, value, "en")
    with pytest.raises(ProfileError):
        service.answer(a, Take(), "no_such_item", 4, "en")


def test_answers_are_encrypted_no_answer_in_any_file(world, data_dir):
    vault, _couple, service, a, _b = world
    take_all(service, a, lambda item: 3 if item.id == "desire_rejection" else rules.SKIP)
    results = service.finished(a)[-1]
    assert results.answers["desire_rejection"] == 3 and "Desire and initiative" in results.text
    a.lock()
    vault.db.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "erfenis.db" for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in ("desire_rejection", "Desire and initiative", "not enough answers"):
            assert canary.encode("utf-8") not in data and canary.encode("utf-16-le") not in data, (path, canary)


def test_retake_keeps_earlier_results_with_their_dates(world):
    _vault, _couple, service, a, _b = world
    first = take_all(service, a, middling)
    second = take_all(service, a, agree)
    done = service.finished(a)
    assert [t.uuid for t in done] == [first.uuid, second.uuid]
    assert all(t.finished for t in done) and done[0].finished <= done[1].finished
    before, now = (service.result(t, "en") for t in done)
    assert all(before[x].score == 50 and now[x].score == 100 for x in rules.AREAS)
    assert rules.change(now["touch"], before["touch"]) == 50


def test_results_text_names_every_area_and_band_in_the_language(world):
    _vault, _couple, service, a, _b = world
    take = take_all(service, a, middling)
    nl = service.results_text("nl", take)
    assert "Emotionele nabijheid: 50 / 100, ertussenin" in nl
    en = service.results_text("en", take)
    for area in service.check("en").areas:
        assert f"{area.name}: 50 / 100, in between" in en


def test_sharing_needs_a_link_and_a_choice(world):
    _vault, couple, service, a, b = world
    take = take_all(service, a, agree)
    assert service.sharing(a) is None  # no partner: nothing can be shared
    with pytest.raises(ProfileError):
        service.share(a, take)
    couple.link(a, b)
    assert service.sharing(a) == {}  # finishing shares nothing by itself
    assert service.comparison(b, "en").reason == "own_not_shared"
    shared = service.share(a, take)
    assert service.sharing(a) == {take.uuid: shared}
    texts, _damaged = couple.shared(b)
    assert [t.kind for t in texts] == [KIND]
    service.unshare(a, take)
    assert service.sharing(a) == {} and couple.shared(b)[0] == []


def test_an_unfinished_take_cannot_be_shared(world):
    _vault, couple, service, a, b = world
    couple.link(a, b)
    take = service.answer(a, Take(), service.check("en").items[0].id, 5, "en")
    with pytest.raises(ProfileError):
        service.share(a, take)


def test_comparison_shows_nothing_of_the_partner_unless_both_shared(world):
    _vault, couple, service, a, b = world
    assert service.comparison(a, "en").reason == "not_linked"
    couple.link(a, b)
    mine = take_all(service, a, agree)
    theirs = take_all(service, b, lambda item: 4 if item.id.startswith("touch") else agree(item))
    # Neither shared.
    for u in (a, b):
        shown = service.comparison(u, "en")
        assert shown.reason == "own_not_shared" and shown.theirs is None and shown.mine is None
    # Only Alex shared: Alex still sees nothing of Bo, and Bo nothing of Alex.
    service.share(a, mine)
    shown = service.comparison(a, "en")
    assert shown.reason == "partner_not_shared" and shown.partner_name == "Bo"
    assert shown.theirs is None and shown.mine is None and shown.biggest is None
    assert service.comparison(b, "en").reason == "own_not_shared"
    assert service.comparison(b, "en").theirs is None
    # Both shared: side by side, with where they differ most.
    service.share(b, theirs)
    for u, partner in ((a, "Bo"), (b, "Alex")):
        shown = service.comparison(u, "en")
        assert shown.reason == "" and shown.partner_name == partner
        assert shown.biggest == "touch"
        assert shown.differences[0] == ("touch", 50)
    assert service.comparison(a, "en").theirs["touch"].score == 50
    assert service.comparison(b, "en").theirs["touch"].score == 100
    # Bo stops sharing: Alex sees nothing of Bo any more.
    service.unshare(b, theirs)
    shown = service.comparison(a, "en")
    assert shown.reason == "partner_not_shared" and shown.theirs is None


def test_a_new_result_takes_the_place_of_the_shared_one(world):
    _vault, couple, service, a, b = world
    couple.link(a, b)
    first = take_all(service, a, middling)
    service.share(a, first)
    take_all(service, b, agree)
    service.share(b, service.finished(b)[-1])
    assert service.comparison(b, "en").reason == ""
    take_all(service, a, agree)  # Alex retakes: the earlier result stops being shared
    assert service.sharing(a) == {}
    assert service.comparison(b, "en").reason == "partner_not_shared"
    assert service.comparison(a, "en").reason == "own_not_shared"


def test_a_partners_shared_copy_of_another_shape_is_never_shown(world):
    _vault, couple, service, a, b = world
    couple.link(a, b)
    service.share(a, take_all(service, a, agree))
    odd = b.save_text(KIND, '{"answers": {"touch_small": 99}, "started": "x", "finished": "y"}')
    couple.share(b, odd)
    assert service.comparison(a, "en").reason == "partner_not_shared"


def test_what_we_shared_shows_a_shared_result_in_words(world, content):
    from erfenis_desktop.services.together import Together

    _vault, couple, service, a, b = world
    couple.link(a, b)
    service.share(a, take_all(service, a, middling))
    items, damaged = Together(couple, Exercises(content)).timeline(b, "en")
    [item] = items
    assert damaged == 0 and item.kind == KIND and item.owner_uuid == a.profile.uuid
    assert item.text.startswith("Emotional closeness: 50 / 100, in between\n")
    assert "Touch and tenderness: 50 / 100, in between" in item.text
