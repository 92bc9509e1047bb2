"""About Erfenis: version, licence, the privacy promise and where to find help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from erfenis_desktop import __version__
from erfenis_desktop.services.preferences import Preferences

from ..common.widgets import ReadingColumn, Retranslating, contact_cards, fill_contacts, heading, paragraph


class AboutDialog(Retranslating, QDialog):
    def __init__(self, prefs: Preferences, parent=None):
        super().__init__(parent)
        self._prefs = prefs
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)
        # The text scrolls; the Close button below it stays in view (at 200 % text the whole
        # text is taller than most screens).
        self.page = page = ReadingColumn(max_width_chars=70)
        # Nothing in the text takes Tab: the text itself does, so Page Down and the arrows scroll it.
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(page, 1)
        self.title = heading()
        self.version = paragraph()
        self.purpose = paragraph()
        self.privacy_title = heading("subheading")
        self.privacy = paragraph()
        self.protection_title = heading("subheading")
        self.protection = paragraph()
        self.visible_title = heading("subheading")
        self.visible = paragraph()
        self.care_title = heading("subheading")
        self.care_intro = paragraph()
        self.care_control = paragraph()  # a partner who demands the password, reads along, or is feared
        for w in (self.title, self.version, self.purpose, self.privacy_title, self.privacy,
                  self.protection_title, self.protection, self.visible_title, self.visible, self.care_title, self.care_intro):
            page.body.addWidget(w)
        self.contacts = contact_cards(page.body, len(prefs.text("about", "care.contacts")))
        page.body.addWidget(self.care_control)  # after the list: "Veilig Thuis is there for that too"
        self.licence = paragraph()
        page.body.addWidget(self.licence)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fit()
        self.retranslate()

    def _fit(self) -> None:
        """A comfortable size for the text size, but never larger than the screen it is on."""
        fm = self.fontMetrics()
        width, height = fm.averageCharWidth() * 80, fm.height() * 36
        owner = self.parentWidget() or self
        screen = owner.screen().availableGeometry() if owner.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10)
        self.resize(width, height)

    def showEvent(self, event) -> None:
        self._fit()  # the text size may have changed since it was last shown, or the screen
        super().showEvent(event)
        handle, owner = self.windowHandle(), self.parentWidget()
        if owner is not None and handle is not None:  # centred on the window, and on the screen
            area = owner.screen().availableGeometry()
            frame = self.frameGeometry()
            frame.moveCenter(owner.frameGeometry().center())
            frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
            frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
            self.move(frame.topLeft())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange and self.isVisible():
            self._fit()
        super().changeEvent(event)

    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("about", key)  # noqa: E731
        self.setWindowTitle(self.tr("About Erfenis"))
        self.page.setAccessibleName(self.tr("About Erfenis"))
        self.title.setText("Erfenis")
        self.version.setText(self.tr("Version %1").replace("%1", __version__))
        self.purpose.setText(text("about.purpose"))
        self.privacy_title.setText(text("privacy.title"))
        self.privacy.setText(text("privacy.body").strip())
        self.protection_title.setText(text("protection.title"))
        self.protection.setText(text("protection.body").strip())
        self.visible_title.setText(text("visible.title"))
        self.visible.setText(text("visible.body").strip())
        self.care_title.setText(text("care.title"))
        self.care_intro.setText(text("care.intro"))
        self.care_control.setText(text("care.control"))
        fill_contacts(self.contacts, text("care.contacts"))
        self.licence.setText(self.tr(
            "Erfenis is free software under the GNU General Public License, version 3 or later. "
            "You may use, study, share and change it."))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
