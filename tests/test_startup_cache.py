"""Start-up: the content files are checked once per set of files (services/content.py), and the
picker comes first while the other pages are made when they are first asked for."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from erfenis_desktop.domain.content import ContentError
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services import content as content_service
from erfenis_desktop.services.content import CACHE_FILE, default_cache_dir, load_content


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the shipped content, free to edit."""
    copy = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", copy)
    return copy


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _checks() -> int:
    return content_service.validations


def test_unchanged_files_are_checked_only_once_and_read_the_same(root, cache):
    before = _checks()
    first = load_content(root, cache)
    assert _checks() == before + 1
    second = load_content(root, cache)
    assert _checks() == before + 1  # the same files: not checked again
    assert second.languages == first.languages == ("en", "nl")
    for lang in first.languages:
        assert sorted(second.texts[lang]) == sorted(first.texts[lang])
        for name in first.texts[lang]:
            assert second.texts[lang][name] == first.texts[lang][name], f"{lang}/{name}"
    assert second.get("nl", "home", "welcome.title") == "Welkom bij Erfenis"


def _blank_the_title(root: Path) -> None:
    """The Dutch welcome title becomes spaces: the same number of bytes, so only its bytes tell."""
    home = root / "nl" / "home.toml"
    data = home.read_bytes()
    title = b"Welkom bij Erfenis"
    assert data.count(title) == 1
    home.write_bytes(data.replace(title, b" " * len(title)))


def test_an_edited_file_with_an_error_is_still_reported_exactly_as_before(root, cache):
    load_content(root, cache)  # remembered as checked
    _blank_the_title(root)
    with pytest.raises(ContentError) as cached:
        load_content(root, cache)
    with pytest.raises(ContentError) as uncached:
        load_content(root)  # as every start did before there was a cache
    assert cached.value.problems == uncached.value.problems
    assert "nl/home.toml: 'welcome.title' is empty" in map(str, cached.value.problems)
    # Said again on the next start too: a set of files with a problem is never remembered.
    with pytest.raises(ContentError) as again:
        load_content(root, cache)
    assert again.value.problems == uncached.value.problems


def test_a_file_that_cannot_be_read_is_reported_after_a_remembered_check(root, cache):
    load_content(root, cache)
    (root / "en" / "help.toml").write_text("title = = broken\n", encoding="utf-8")
    with pytest.raises(ContentError) as cached:
        load_content(root, cache)
    with pytest.raises(ContentError) as uncached:
        load_content(root)
    assert cached.value.problems == uncached.value.problems
    assert str(cached.value.problems[0]).startswith("en/help.toml cannot be read:")


def test_a_missing_file_is_reported_after_a_remembered_check(root, cache):
    load_content(root, cache)
    (root / "en" / "about.toml").unlink()
    with pytest.raises(ContentError) as cached:
        load_content(root, cache)
    assert "en/about.toml is missing (it exists in nl/)" in map(str, cached.value.problems)


@pytest.mark.parametrize("garbage", [
    b"\xff\xfe\x00 not json at all",
    b"",
    b"[1, 2, 3]",
    b'{"format": 1, "checked": null}',
    b'{"format": 1, "checked": "' + b"0" * 64 + b'"}',  # another set of files (stale or foreign)
    b'{"format": 999, "checked": "anything"}',
], ids=["bytes", "empty", "list", "null", "foreign", "format"])
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(root, cache, garbage):
    cache.mkdir()
    (cache / CACHE_FILE).write_bytes(garbage)
    before = _checks()
    bundle = load_content(root, cache)
    assert _checks() == before + 1  # checked, not trusted
    assert bundle.get("en", "home", "welcome.title")
    load_content(root, cache)
    assert _checks() == before + 1  # and the record was written anew


def test_a_foreign_cache_does_not_hide_an_error(root, cache):
    """A record of some checked set of files says nothing about different files."""
    load_content(root, cache)
    record = (cache / CACHE_FILE).read_bytes()
    _blank_the_title(root)
    (cache / CACHE_FILE).write_bytes(record)
    with pytest.raises(ContentError):
        load_content(root, cache)


def test_an_unwritable_cache_only_means_checking_every_time(root, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    before = _checks()
    load_content(root, blocked)
    load_content(root, blocked)
    assert _checks() == before + 2


def test_a_second_start_does_not_check_the_content_again(start_app, tmp_path):
    first = start_app("--data-dir", str(tmp_path / "one"))
    assert (default_cache_dir() / CACHE_FILE).is_file()
    assert str(default_cache_dir()).startswith(str(Path.home()))  # the test's own HOME, never the real one
    before = _checks()
    second = start_app("--data-dir", str(tmp_path / "two"))
    assert _checks() == before
    assert second.window.home.title.text() == first.window.home.title.text() == "Welcome to Erfenis"


def test_the_picker_comes_first_and_the_other_pages_when_asked(start_app, qtbot):
    erfenis = start_app()
    window = erfenis.window
    assert window.isVisible() and window.pages.currentWidget() is window.home
    create = window.home.profiles.create_button
    assert create.isVisible() and create.isEnabled()
    # Nothing but the picker was made before the first paint.
    assert window._settings is None and window._help_page is None and window.about_dialog is None
    assert window.profiles._made == {}
    # The deferred pages appear when navigated to.
    qtbot.mouseClick(window.nav_settings, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window._settings is not None and window.pages.currentWidget() is window._settings)
    assert window._settings.isVisible()
    qtbot.mouseClick(window.nav_home, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.home)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.profiles._made.get("create_page"))
    assert window.pages.currentWidget().isVisible()
