"""A list of backups with their date and size; a damaged one is shown, but cannot be chosen.
Used by the Settings page and by the problem screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from erfenis_desktop.services.backups import BackupEntry

from ..common.widgets import fill


def entry_text(entry: BackupEntry) -> str:
    locale = QLocale()
    when = QDateTime(entry.made)
    date = locale.toString(when.date(), QLocale.FormatType.LongFormat)
    time = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    size = locale.formattedDataSize(entry.size)
    if entry.usable:
        return fill(QCoreApplication.translate("BackupList", "%1, %2 · %3"), date, time, size)
    return fill(QCoreApplication.translate("BackupList", "%1, %2 · %3\ndamaged, cannot be restored"),
                date, time, size)


class BackupList(QListWidget):
    """Newest first. ``chosen()``: the selected usable backup, or None."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backupList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries: list[BackupEntry] = []

    def set_entries(self, entries: list[BackupEntry]) -> None:
        before = self.chosen()
        self.clear()
        self.entries = list(entries)
        select = None
        for entry in self.entries:
            item = QListWidgetItem(entry_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            if not entry.usable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, never chosen
            elif select is None or entry.path == before:
                select = item
            self.addItem(item)
        if select is not None:
            self.setCurrentItem(select)
        self._fit()
        self.scrollToTop()

    def _fit(self) -> None:
        """Room for every backup (at most seven, and a few kept copies) without a scroll bar."""
        self.doItemsLayout()
        rows = sum(max(self.sizeHintForRow(i), self.fontMetrics().height()) for i in range(self.count()))
        self.setFixedHeight(max(rows, self.fontMetrics().height() * 2) + 2 * self.frameWidth() + 4)


    def retranslate(self) -> None:
        for i, entry in enumerate(self.entries):
            self.item(i).setText(entry_text(entry))
        self._fit()

    def chosen(self) -> Path | None:
        item = self.currentItem()
        if item is None or not (item.flags() & Qt.ItemFlag.ItemIsSelectable) or not item.isSelected():
            return None
        return Path(item.data(Qt.ItemDataRole.UserRole))

    def chosen_entry(self) -> BackupEntry | None:
        path = self.chosen()
        return next((e for e in self.entries if e.path == path), None) if path is not None else None
