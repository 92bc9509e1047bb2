"""Changing the data folder Erfenis has open, while it runs (rare paths, imported when used).

Into and out of a workshop (a folder of its own, ``services/workshop.py``), a backup restored
from the problem screen or from Settings, a new folder when the file cannot be opened: each
closes the open folder (:meth:`Erfenis._release`) and enters the other one as at start-up
(:meth:`Erfenis._enter`). The problem screen itself is made here too. Each function takes the
running :class:`~erfenis_desktop.app.Erfenis`; app.py keeps thin methods of the same names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from erfenis_desktop.app import EXIT_REFUSED
from erfenis_desktop.services import locations, store
from erfenis_desktop.services.settings import Settings

if TYPE_CHECKING:
    from erfenis_desktop.app import Erfenis  # noqa: F401


def enter_workshop(erfenis, data_dir: Path) -> int | None:
    """This folder is (or becomes) a workshop: the session knows it (session.workshop, which
    the screens look for). A folder with someone's own profiles never becomes one."""
    from erfenis_desktop.services.workshop import WorkshopService, personal_dir_of

    workshop = WorkshopService(erfenis.session.vault)
    if not workshop.is_workshop:
        if workshop.has_personal_profiles():
            erfenis.dialogs.warn(None, QCoreApplication.translate("Erfenis", "Erfenis cannot start"),
                              QCoreApplication.translate("Erfenis", "This data folder holds personal profiles, so "
                                  "it cannot become a workshop:\n%1\n\nA workshop needs a folder of its own; "
                                  "start Erfenis with --workshop alone.").replace("%1", str(data_dir)))
            erfenis._release()
            return EXIT_REFUSED
        workshop.mark_workshop()
    erfenis.workshop_mode = True
    erfenis.session.workshop = workshop
    if erfenis.personal_dir is None or erfenis.personal_dir == data_dir:
        erfenis.personal_dir = personal_dir_of(data_dir, locations.resolve_data_dir(None, erfenis.environ))
    return None


def switch_workshop(erfenis, start: bool) -> None:
    """"Start a workshop…" and "Leave the workshop": lock everything first (what is being
    written is saved, as at every lock by choice), then open the other folder."""
    from erfenis_desktop.services.workshop import workshop_dir

    if erfenis.window is not None and hasattr(erfenis.window, "profiles") and not erfenis.window.profiles.lock_asking():
        return
    personal = erfenis.personal_dir or erfenis.data_dir
    target = workshop_dir(personal) if start else personal
    try:
        locations.ensure_private_dir(target)
    except OSError as exc:
        from erfenis_desktop.ui.common.widgets import fill

        erfenis.dialogs.warn(erfenis.window, QCoreApplication.translate("Erfenis", "Erfenis cannot open that folder"),
                          fill(QCoreApplication.translate("Erfenis", "Erfenis cannot create the folder %1 (%2)."),
                               str(target), exc.strerror or str(exc)))
        return
    erfenis.workshop_mode = start
    erfenis.personal_dir = personal
    switch_to(erfenis, target, remember=False)


def error_window(erfenis, problem: store.StoreProblem) -> QMainWindow:
    from erfenis_desktop.ui.window.error_window import DatabaseErrorWindow

    window = DatabaseErrorWindow(problem)
    window.openBackupRequested.connect(erfenis.open_backup)
    window.restoreRequested.connect(erfenis.restore_from)
    window.newFolderRequested.connect(erfenis.start_new_folder)
    return window


def open_backup(erfenis) -> None:
    chosen = erfenis.dialogs.open_file(erfenis.window, QCoreApplication.translate("Erfenis", "Open a backup"),
                                    store.backups_dir(erfenis.data_dir), QCoreApplication.translate("Erfenis", "Erfenis backups (*.db)"))
    if chosen is None:
        return
    restore_from(erfenis, chosen)


def restore_from(erfenis, chosen: Path) -> None:
    """The problem screen: open ``chosen`` (checked first) in a new folder next to this one;
    the daily backups move along, so they stay under Erfenis's promises to delete."""
    from erfenis_desktop.services.backups import move_backups

    try:
        target = store.restore_backup(chosen, erfenis.data_dir)
    except store.StoreError:
        erfenis.dialogs.warn(erfenis.window, QCoreApplication.translate("Erfenis", "This backup cannot be used"),
                          QCoreApplication.translate("Erfenis", "This file cannot be opened either. Choose another backup, "
                              "or start in a new data folder."))
        return
    move_backups(erfenis.data_dir, target)
    switch_to(erfenis, target)


def reopen_restored(erfenis, swap) -> None:
    """Settings restored a backup: close the database, put the backup in place (``swap``) and
    open the folder again, every profile locked."""
    failed: list[OSError] = []

    def between() -> None:
        try:
            swap()
        except OSError as exc:
            failed.append(exc)

    switch_to(erfenis, erfenis.data_dir, remember=False, between=between)
    if failed:
        erfenis.dialogs.warn(erfenis.window, QCoreApplication.translate("Erfenis", "The backup was not restored"),
                          QCoreApplication.translate("Erfenis", "Erfenis could not put the backup in place, so "
                                                     "it opened your file as it was. Nothing was lost."))


def start_new_folder(erfenis) -> None:
    switch_to(erfenis, store.new_data_dir(erfenis.data_dir))


def switch_to(erfenis, target: Path, remember: bool = True, between=None) -> None:
    old_prefs = erfenis.prefs
    old_settings = Settings(erfenis.data_dir)
    settings = Settings(target)
    # The saved choices move along (a one-run --lang is not saved).
    for key in ("ui/language", "ui/text_scale", "ui/color_scheme"):
        settings.set(key, old_settings.get(key))
    erfenis.app.styleHints().colorSchemeChanged.disconnect(erfenis._apply_theme)
    erfenis._release()
    old_prefs.deleteLater()
    if between is not None:
        between()  # with the database closed (a restored backup put in place)
    if erfenis._enter(target, settings) is not None:
        erfenis.app.quit()
        return
    if remember and not locations.is_explicit(erfenis.options.data_dir, erfenis.environ):
        locations.remember_data_dir(target)
