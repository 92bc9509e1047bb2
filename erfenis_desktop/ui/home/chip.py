"""The open profile's badge in the header: a button to the profile page ("Your profile")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QToolButton


class ProfileChip(QToolButton):
    """Shows the profile's badge; ``setPixmap`` as on the label it replaces."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._retranslate()

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 (Qt naming)
        self.setIcon(QIcon(pixmap))
        self.setIconSize(pixmap.deviceIndependentSize().toSize())

    def _retranslate(self) -> None:
        if self.isHidden():  # while shown, the header names it after the open profile
            self.setAccessibleName(self.tr("Your profile"))
        self.setAccessibleDescription(self.tr("Opens your profile: name, password, recovery code, deleting it"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
