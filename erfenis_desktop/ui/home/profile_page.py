"""Your profile, on a page of its own: the name, the words of its lock, changing the name or
the password, checking the recovery code, renewing the protection; and, apart from the rest
and marked as such, deleting the profile for good."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.fields import badge
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, heading, paragraph

#: What can be done here, in the order shown; "delete" comes last, in a frame of its own.
ACTIONS = ("rename", "password", "recovery", "renew", "delete")


class ProfilePage(Retranslating, ReadingColumn):
    actionRequested = Signal(str)  # one of ACTIONS
    backRequested = Signal()

    def __init__(self, session: Session, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("profilePage")
        self._session, self._prefs = session, prefs
        self.title = heading()
        self.body.addWidget(self.title)
        who = QHBoxLayout()
        self.badge = QLabel()
        self.name = heading("subheading")
        who.addWidget(self.badge)
        who.addWidget(self.name, 1)
        self.body.addLayout(who)
        self.words = paragraph()
        self.words.setObjectName("fingerprint")
        self.body.addWidget(self.words)
        self.buttons: dict[str, QPushButton] = {}
        self.titles: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        for key in ACTIONS[:-1]:
            frame, box = card()
            self._section(box, key)
            self.body.addWidget(frame)
        # Deleting: apart from the rest (space above it), in a frame drawn in the warning
        # colour, with a button in that colour that says what it does.
        self.body.addSpacing(self.fontMetrics().height() * 2)
        self.danger = QFrame()
        self.danger.setObjectName("dangerZone")
        danger_box = QVBoxLayout(self.danger)
        danger_box.setContentsMargins(18, 14, 18, 14)
        self._section(danger_box, "delete")
        self.buttons["delete"].setObjectName("destructive")
        self.body.addWidget(self.danger)
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.back)
        session.changed.connect(self._session_changed)
        self._restyle()
        self.retranslate()

    def _section(self, box: QVBoxLayout, key: str) -> None:
        title, text, button = heading("subheading"), paragraph(), QPushButton()
        button.clicked.connect(lambda _c=False, k=key: self.actionRequested.emit(k))
        box.addWidget(title)
        box.addWidget(text)
        button_row(box, button)
        self.titles[key], self.texts[key], self.buttons[key] = title, text, button

    # State ----------------------------------------------------------------------------------
    def open(self) -> None:
        self.retranslate()

    def focus_target(self):
        """The first thing to do here (for ui/common/announce.py): changing the name."""
        return self.buttons["rename"]

    def _session_changed(self) -> None:
        if not self._session.is_unlocked:  # nothing of the profile stays on a page that is not in use
            self.clear_private()
        elif self.isVisible():  # else when it is opened (``open``): an unlock does not wait for it
            self.retranslate()

    def clear_private(self) -> None:
        self.name.clear()
        self.words.clear()
        self.badge.clear()

    # Look -----------------------------------------------------------------------------------
    def _restyle(self) -> None:
        """The warning colour of the theme (ui/common/theme.py), for light or dark."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        warning = "#ff9e8f" if dark else "#a12a1f"
        card_colour = "#2b2623" if dark else "#fffaf4"
        pal = self.palette()
        button = pal.color(QPalette.ColorRole.Button).name()
        accent = pal.color(QPalette.ColorRole.Highlight).name()
        pressed = pal.color(QPalette.ColorRole.Mid).name()
        self.danger.setStyleSheet(
            f"QFrame#dangerZone {{ background: {card_colour}; border: 2px solid {warning}; border-radius: 8px; }}"
            f" QFrame#dangerZone QLabel {{ border: none; background: transparent; }}")
        self.buttons["delete"].setStyleSheet(
            f"QPushButton#destructive {{ color: {warning}; background: {button}; border: 2px solid {warning};"
            f" border-radius: 4px; padding: 4px 12px; font-weight: 600; }}"
            f" QPushButton#destructive:hover {{ background: {card_colour}; }}"
            f" QPushButton#destructive:pressed {{ background: {pressed}; }}"
            f" QPushButton#destructive:focus {{ border: 3px solid {accent}; padding: 3px 11px; }}")

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "danger"):
            self._restyle()
        super().changeEvent(event)

    # Texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        text = lambda key: self._prefs.text("home", f"profile.{key}")  # noqa: E731
        self.title.setText(self.tr("Your profile"))
        self.setAccessibleName(self.tr("Your profile"))
        titles = {"rename": self.tr("Name"), "password": self.tr("Password"), "recovery": self.tr("Recovery code"),
                  "renew": self.tr("Renew protection"), "delete": self.tr("Delete this profile")}
        buttons = {"rename": (self.tr("Change &name…"), self.tr("Change name")),
                   "password": (self.tr("Change pass&word…"), self.tr("Change password")),
                   "recovery": (self.tr("Check recovery &code…"), self.tr("Check recovery code")),
                   "renew": (self.tr("&Renew protection…"), self.tr("Renew protection")),
                   "delete": (self.tr("Delete profile for good…"), self.tr("Delete profile"))}
        for key in ACTIONS:
            self.titles[key].setText(titles[key])
            self.texts[key].setText(text(key))
            label, name = buttons[key]
            self.buttons[key].setText(label)
            self.buttons[key].setAccessibleName(name)
            self.buttons[key].setAccessibleDescription(text(key))
        self.buttons["delete"].setAccessibleDescription(
            self.tr("Cannot be undone.") + " " + text("delete"))
        self.danger.setAccessibleName(titles["delete"])
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        if not self._session.is_unlocked:
            return
        profile = self._session.current.profile
        if not self._session.vault.device.protects(profile.uuid):  # no extra key: the person knows it
            from ..common.messages import password_only_text

            self.texts["password"].setText(text("password") + "\n\n" + password_only_text())
            self.buttons["password"].setAccessibleDescription(self.texts["password"].text())
        self.name.setText(profile.name)
        size = round(self.fontMetrics().height() * 2)
        self.badge.setPixmap(badge(profile.colour, profile.initial, size).pixmap(QSize(size, size)))
        self.badge.setAccessibleName(self.tr("Your colour"))
        from PySide6.QtCore import QLocale

        lang = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
        words = " · ".join(self._session.couple.fingerprint(profile.uuid, lang))
        self.words.setText(self.tr("Your check words: %1. Your partner compares them when you link "
                                   "your profiles.").replace("%1", words))
