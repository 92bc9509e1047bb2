"""The backups part of Settings: how backups work, whether the last one worked, the list,
and "Restore…"."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.services.backups import BackupService, RestoreRefused

from ..common.dialogs import Dialogs
from ..common.widgets import Retranslating, fill, heading, paragraph
from .backup_list import BackupList, entry_text


class BackupsSection(Retranslating, QWidget):
    def __init__(self, service: BackupService | None, dialogs: Dialogs | None, parent=None):
        super().__init__(parent)
        self.setObjectName("backupsSection")
        self._service = service
        self._dialogs = dialogs or Dialogs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("subheading")
        self.explanation = paragraph()
        self.status = paragraph()
        self.status.setObjectName("backupStatus")
        self.list = BackupList()
        self.restore = QPushButton()
        self.restore.clicked.connect(self._restore)
        self.list.itemSelectionChanged.connect(self._enable)
        for w in (self.title, self.explanation, self.status, self.list):
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.restore)
        row.addStretch(1)
        layout.addLayout(row)
        if service is not None:
            service.changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        entries = self._service.entries() if self._service is not None else []
        self.list.set_entries(entries)
        self.list.setVisible(bool(entries))
        self._status_text()
        self._enable()

    def _enable(self) -> None:
        self.restore.setEnabled(self.list.chosen() is not None)

    @staticmethod
    def _when(moment) -> str:
        locale = QLocale()
        when = QDateTime(moment)
        return fill("%1, %2", locale.toString(when.date(), QLocale.FormatType.LongFormat),
                    locale.toString(when.time(), QLocale.FormatType.ShortFormat))

    def _reason(self, error) -> str:
        folder = str(getattr(error, "folder", "") or "")
        kind = getattr(error, "kind", "io")
        if kind == "full":
            return self.tr("The disk is full.")
        if kind in ("read_only", "not_folder"):
            return self.tr("Erfenis cannot write in the backups folder (%1).").replace("%1", folder)
        if kind == "damaged":
            return self.tr("The copy did not pass its check afterwards, so it was not kept.")
        return self.tr("The disk reported an error.")

    def _status_text(self) -> None:
        service = self._service
        self.status.setObjectName("backupStatus")
        if service is None:
            self.status.setText("")
            return
        if service.failure is not None:
            self.status.setObjectName("inlineMessage")
            self.status.setText(fill(self.tr(
                "The last backup, on %1, failed. %2 Erfenis goes on working and nothing is lost; it tries "
                "again later."), self._when(service.failed_at), self._reason(service.failure)))
        elif any(entry.usable for entry in self.list.entries):
            newest = next(entry for entry in self.list.entries if entry.usable)
            self.status.setText(fill(self.tr("The newest backup is from %1."), self._when(newest.made)))
        else:
            self.status.setText(self.tr("There is no backup yet. Erfenis makes one shortly."))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _restore(self) -> None:
        entry = self.list.chosen_entry()
        if entry is None or self._service is None:
            return
        answer = self._dialogs.ask(
            self, self.tr("Restore this backup?"),
            fill(self.tr("Erfenis goes back to the backup of %1.\n\nEverything saved after that moment is lost: "
                         "what was written, changed or shared since then. Your current file is first kept as a "
                         "backup, so you can go back to it.\n\nEvery open profile is locked, and Erfenis opens "
                         "again on the backup."), entry_text(entry)),
            [("restore", self.tr("&Restore")), ("cancel", self.tr("Cancel"))], "cancel")
        if answer != "restore":
            return
        try:
            self._service.restore(entry.path)
        except RestoreRefused as refused:
            if refused.reason == "unusable":
                text = self.tr("This backup is damaged, so Erfenis does not use it. Nothing was changed.")
            else:
                text = fill(self.tr("Erfenis could not keep your current file as a backup first, so it did not "
                                    "restore anything. Nothing was changed. %1"), self._reason(refused.error))
            self._dialogs.warn(self, self.tr("The backup was not restored"), text)
            self.refresh()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Backups"))
        self.explanation.setText(self.tr(
            "Once a day Erfenis makes a backup of its data file, and it keeps the last seven in the folder "
            "“backups” inside the data folder. A backup is protected like the file itself: what you wrote is "
            "encrypted in it, and without a password it shows no more than the file does (names, colours, "
            "times). When you delete a text, a shared text or a "
            "profile, Erfenis removes every backup and makes a new one without it, so a backup never brings "
            "back what you deleted."))
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.retranslate()
        self.restore.setText(self.tr("&Restore…"))
        self.restore.setAccessibleName(self.tr("Restore the chosen backup"))
        self._status_text()
