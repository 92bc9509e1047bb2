"""One Erfenis per data folder."""

from __future__ import annotations

from erfenis_desktop.app import EXIT_REFUSED
from erfenis_desktop.ui.window.main_window import MainWindow


def test_second_instance_on_same_folder_is_refused(start_app, dialogs, data_dir, qtbot, capsys):
    first = start_app()
    assert isinstance(first.window, MainWindow)
    qtbot.waitUntil(lambda: first.channel is not None)  # listening, right after the first paint
    second = start_app(expect_exit=EXIT_REFUSED)
    assert second.window is None
    qtbot.waitUntil(lambda: first.channel.received == 1)  # the first one is asked to come forward
    assert "already open" in capsys.readouterr().err and not dialogs.log  # nothing to click away
    # The first one keeps working and its lock is intact.
    assert first.window.isVisible()


def test_when_the_first_does_not_answer_the_second_says_where_it_is(start_app, dialogs, data_dir, qtbot):
    first = start_app()
    qtbot.waitUntil(lambda: first.channel is not None)
    first.channel.close()  # as an Erfenis that hangs, or one from before it listened
    second = start_app(expect_exit=EXIT_REFUSED)
    assert second.window is None
    assert any("already open" in text and str(data_dir) in text for text in dialogs.texts())
    assert first.window.isVisible()


def test_another_folder_starts(start_app, tmp_path):
    start_app()
    other = start_app("--data-dir", str(tmp_path / "other"))
    assert isinstance(other.window, MainWindow)


def test_lock_is_released_on_shutdown(start_app):
    first = start_app()
    first.window.close()
    first.shutdown()
    assert isinstance(start_app().window, MainWindow)
