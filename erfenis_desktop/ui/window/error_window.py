"""Shown instead of the main window when the data file cannot be used safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton

from erfenis_desktop.services.backups import every_copy
from erfenis_desktop.services.store import StoreProblem

from ..common.widgets import ReadingColumn, Retranslating, card, heading, paragraph
from ..settings.backup_list import BackupList


class DatabaseErrorWindow(Retranslating, QMainWindow):
    openBackupRequested = Signal()
    #: A backup from the list (its path): checked again, then opened in a new folder.
    restoreRequested = Signal(Path)
    newFolderRequested = Signal()

    def __init__(self, problem: StoreProblem, parent=None):
        super().__init__(parent)
        self.problem = problem
        self.setObjectName("databaseErrorWindow")
        page = ReadingColumn(max_width_chars=70)
        self.title = heading()
        self.explanation = paragraph()
        self.unchanged = paragraph()
        self.path = paragraph()
        self.path.setObjectName("path")
        box, box_layout = card()
        box_layout.addWidget(self.path)
        self.choices = paragraph()
        for w in (self.title, self.explanation, self.unchanged):
            page.body.addWidget(w)
        page.body.addWidget(box)
        page.body.addWidget(self.choices)
        # The backups Erfenis kept of this file, newest first; a damaged one is shown, never chosen.
        self.backups = BackupList()
        self.backups.set_entries(every_copy(problem.path.parent))
        self.backups.setVisible(bool(self.backups.entries))
        page.body.addWidget(self.backups)
        self.restore = QPushButton()
        self.restore.clicked.connect(self._restore)
        self.backups.itemSelectionChanged.connect(
            lambda: self.restore.setEnabled(self.backups.chosen() is not None))
        self.restore.setEnabled(self.backups.chosen() is not None)
        self.restore.setVisible(bool(self.backups.entries))
        self.open_backup = QPushButton()
        self.open_backup.clicked.connect(self.openBackupRequested)
        self.new_folder = QPushButton()
        self.new_folder.clicked.connect(self.newFolderRequested)
        self.quit = QPushButton()
        self.quit.clicked.connect(self.close)
        # One button per row: long Dutch labels at 200 % never push the page wider than the window.
        for button in (self.restore, self.open_backup, self.new_folder, self.quit):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            page.body.addLayout(row)
        self.setCentralWidget(page)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)
        self.retranslate()

    def _restore(self) -> None:
        chosen = self.backups.chosen()
        if chosen is not None:
            self.restoreRequested.emit(chosen)

    def _explanation(self) -> tuple[str, str]:
        kind = self.problem.kind
        if kind == "corrupt":
            return (self.tr("Your Erfenis file is damaged"),
                    self.tr("Erfenis checked its data file and found damage, so it will not use it. "
                            "This can happen after a crash, a full disk or a faulty drive."))
        if kind == "not_sqlite":
            return (self.tr("This is not an Erfenis file"),
                    self.tr("This file is not an Erfenis data file. It may have been replaced by "
                            "another file, or not saved completely."))
        if kind == "foreign":
            return (self.tr("This file belongs to another program"),
                    self.tr("The data file is a database, but not one made by Erfenis."))
        if kind == "too_new":
            return (self.tr("This file comes from a newer Erfenis"),
                    self.tr("The data file was saved by a newer version of Erfenis than this one "
                            "(%1). Install the newer version to open it.").replace("%1", self.problem.app_version))
        if kind == "in_use":
            return (self.tr("The file is in use"),
                    self.tr("Another program is using the data file right now. Close it, or "
                            "close the other Erfenis window, and start Erfenis again."))
        return (self.tr("The file cannot be opened"),
                self.tr("Erfenis has no permission to read or write the data file, or the "
                        "path is not a file."))

    def retranslate(self) -> None:
        title, explanation = self._explanation()
        self.setWindowTitle(self.tr("Erfenis — problem with the data file"))
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.unchanged.setText(self.tr("Erfenis has not changed or deleted anything in this file:"))
        self.path.setText(str(self.problem.path))
        if any(entry.usable for entry in self.backups.entries):
            self.choices.setText(self.tr(
                "You can open one of the backups Erfenis made earlier (below, newest first), a copy you made "
                "yourself, or start afresh in a new, empty data folder. A restored backup opens in a new folder "
                "next to this one; the file above stays exactly as it is, so nothing is lost."))
        else:
            self.choices.setText(self.tr(
                "Erfenis has no backup of this file that can be used. You can open a copy you made yourself, or start "
                "afresh in a new, empty data folder. Either way the file above stays exactly as it is, so "
                "nothing is lost."))
        self.backups.setAccessibleName(self.tr("Backups of this file, newest first"))
        self.backups.retranslate()
        self.restore.setText(self.tr("&Restore the chosen backup"))
        self.restore.setAccessibleName(self.tr("Restore the chosen backup"))
        self.open_backup.setText(self.tr("Open a copy from &elsewhere…"))
        self.open_backup.setAccessibleName(self.tr("Open a copy from elsewhere"))
        self.new_folder.setText(self.tr("Start in a &new data folder"))
        self.new_folder.setAccessibleName(self.tr("Start in a new data folder"))
        self.quit.setText(self.tr("&Quit"))
        self.quit.setAccessibleName(self.tr("Quit Erfenis"))
