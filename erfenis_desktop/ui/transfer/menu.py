"""The two entries in the Erfenis menu: "Take my work home…" (only while a profile is unlocked)
and "Import from a file…" (always, also on the profile picker)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from erfenis_desktop.services.session import Session

from ..common.dialogs import Dialogs
from ..common.widgets import fill


class TransferMenu(QObject):
    def __init__(self, window, session: Session, dialogs: Dialogs, menu, before=None):
        """Adds its actions to ``menu`` (in front of ``before``, when given)."""
        super().__init__(window)
        self._window, self._session, self._dialogs = window, session, dialogs
        self.act_export = QAction(self)
        self.act_export.setObjectName("takeHomeExportAction")
        self.act_export.triggered.connect(self.export)
        self.act_import = QAction(self)
        self.act_import.setObjectName("takeHomeImportAction")
        self.act_import.triggered.connect(self.import_)
        if before is not None:
            menu.insertActions(before, [self.act_export, self.act_import])
        else:
            menu.addActions([self.act_export, self.act_import])
        self.dialog = None  # the one open right now
        self._last_dir: Path | None = None
        session.changed.connect(self.session_changed)
        self.retranslate()
        self.session_changed()

    def session_changed(self) -> None:
        unlocked = self._session.is_unlocked
        self.act_export.setVisible(unlocked)
        self.act_export.setEnabled(unlocked)

    def _open(self, dialog) -> None:
        if self.dialog is not None:
            self.dialog.cancel()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self._dialogs.show(dialog)

    def _closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def export(self) -> None:
        if not self._session.is_unlocked:
            return
        profiles = getattr(self._window, "profiles", None)
        errors = profiles.save_drafts() if profiles is not None else []  # what is being written goes along
        if errors:
            from ..common.messages import storage_text

            self._dialogs.warn(self._window, self.tr("Your writing is not saved"), storage_text(errors[0]) + "\n\n" +
                               self.tr("What you wrote last could not be saved, so it is still on the screen. "
                                       "Try again once it has been saved."))
            return
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self._session, self._dialogs, self._window, start_dir=self._last_dir)
        dialog.exported.connect(self._exported)
        self._open(dialog)

    def _exported(self, summary) -> None:
        self._last_dir = summary.path.parent
        self._dialogs.inform(self._window, self.tr("Your work is saved"), fill(self.tr(
            "Saved as %1. On the other computer, start Erfenis and choose Import from a file… in the Erfenis "
            "menu. Until then, keep the file somewhere only you can reach."), str(summary.path)))

    def import_(self) -> None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self._session, self._dialogs, self._window, start_dir=self._last_dir)
        dialog.imported.connect(self._imported)
        self._open(dialog)

    def _imported(self, result) -> None:
        from .texts import result_text

        home = getattr(self._window, "home", None)
        if result.changed and home is not None and hasattr(home, "profiles"):
            home.profiles.refresh()  # the picker shows who came in
        title = self.tr("Imported") if result.changed else self.tr("Nothing was imported")
        self._dialogs.inform(self._window, title, result_text(result))

    def retranslate(self) -> None:
        self.act_export.setText(self.tr("&Take my work home…"))
        self.act_import.setText(self.tr("Im&port from a file…"))
