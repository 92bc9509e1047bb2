"""Making a profile: a name, a colour, a password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

from erfenis_desktop.services.vault import COLOURS, MAX_NAME, ProfileError

from ..common.fields import PasswordField
from ..common.widgets import FormLabel
from .unlock_page import _BusyPage


def strength_hint(password: str) -> int:
    """0 = too short, 1 = fair, 2 = good: a rough hint from length and variety, no rules imposed."""
    if len(password) < 8:
        return 0
    kinds = sum((any(c.islower() for c in password), any(c.isupper() for c in password),
                 any(c.isdigit() for c in password), any(not c.isalnum() for c in password)))
    return 2 if len(password) >= 14 or (len(password) >= 10 and kinds >= 3) else 1


class CreateProfilePage(_BusyPage):
    created = Signal(object, str)  # Unlocked, recovery code

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.setObjectName("createProfilePage")
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME * 2)  # longer input gets a clear message, not a silent cut
        self.name_label = FormLabel()
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.name_label, self.name)
        self.name_note = QLabel()
        self.name_note.setWordWrap(True)
        self.form.addRow("", self.name_note)

        colours = QWidget()
        row = QHBoxLayout(colours)
        row.setContentsMargins(0, 0, 0, 0)
        self.colour_group = QButtonGroup(self)
        for i, colour in enumerate(COLOURS):
            radio = QRadioButton()
            radio.setProperty("colour", colour)
            self.colour_group.addButton(radio, i)
            row.addWidget(radio)
        row.addStretch(1)
        self.colour_label = FormLabel()
        self.form.addRow(self.colour_label, colours)
        self._style_colours()

        self.password = PasswordField()
        self.password.edit.textChanged.connect(self._hint)
        self.password_label = FormLabel()
        self.password_label.setBuddy(self.password.edit)
        self.form.addRow(self.password_label, self.password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.form.addRow("", self.hint)
        self.repeat = PasswordField()
        self.repeat.returnPressed.connect(self.submit)
        self.repeat_label = FormLabel()
        self.repeat_label.setBuddy(self.repeat.edit)
        self.form.addRow(self.repeat_label, self.repeat)
        self.go.clicked.connect(self.submit)
        self.retranslate()

    def _style_colours(self) -> None:
        """The round indicator itself shows the colour; the chosen one gets a ring in the text colour."""
        size = max(16, round(self.fontMetrics().height() * 1.2))
        for radio in self.colour_group.buttons():
            colour = radio.property("colour")
            shape = f"width: {size}px; height: {size}px; border-radius: {size // 2 + 2}px;"
            radio.setStyleSheet(
                f"QRadioButton::indicator {{ {shape} background: {colour}; border: 2px solid {colour}; }}"
                f"QRadioButton::indicator:checked {{ {shape} background: {colour}; border: 4px solid palette(text); }}"
                f"QRadioButton::indicator:focus {{ {shape} border: 4px solid palette(highlight); }}")

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._style_colours()

    def open(self, next_to: str = "") -> None:
        """``next_to``: the name of the unlocked profile whose partner makes this one, right there
        (from Together); the new profile's recovery code is then shown later, to its owner alone."""
        self._next_to = next_to
        self.retranslate()
        self.clear()
        used = len(self._session.vault.profiles())
        self.colour_group.button(used % len(COLOURS)).setChecked(True)
        self.name.setFocus()

    def submit(self) -> None:
        if self.work.running:
            return
        if self.password.text() != self.repeat.text():
            self.failed(ProfileError("passwords_differ"))
            return
        colour = self.colour_group.checkedButton().property("colour") if self.colour_group.checkedButton() else None
        try:
            job = self._session.vault.create_job(self.name.text(), self.password.text(), colour)
        except ProfileError as error:
            self.failed(error)
            return
        self.start(job)

    def failed(self, error: ProfileError) -> None:
        super().failed(error)
        target = self.name if error.code.startswith("name") else self.password
        target.setFocus()

    def succeeded(self, result) -> None:
        unlocked, code = result
        self.clear()
        self.created.emit(unlocked, code)

    def clear(self) -> None:
        super().clear()
        self.name.clear()
        self.password.clear()
        self.repeat.clear()

    def _hint(self) -> None:
        level = strength_hint(self.password.text())
        self.hint.setText((
            self.tr("At least 8 characters. A few words in a row work well, for example a line from a song."),
            self.tr("Fair. Longer is stronger: a short sentence is hard to guess."),
            self.tr("Good."))[level])

    def retranslate(self) -> None:
        self.title.setText(self.tr("A new profile"))
        self.intro.setText(self.tr(
            "Your profile keeps what you write private: it is encrypted with your password, so nobody else "
            "who uses this computer can read it. Afterwards you get a recovery code, for when you forget "
            "your password."))
        if getattr(self, "_next_to", ""):
            self.title.setText(self.tr("Your own profile, next to %1").replace("%1", self._next_to))
            self.intro.setText(self.tr(
                "Your profile keeps what you write private: it is encrypted with your password, so nobody else "
                "can read it, not even %1. %1 stays unlocked and looks away while you type. Your recovery code, "
                "for when you forget your password, is not shown now while %1 is here: you see it the first "
                "time you unlock your profile on your own.").replace("%1", self._next_to))
        self.name_label.setText(self.tr("&Name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.name_note.setText(self.tr("The name is not secret: everyone who uses Erfenis on this computer sees it. "
                                       "A first name or a nickname is enough."))
        self.colour_label.setText(self.tr("Colour"))
        names = (self.tr("Rust"), self.tr("Sea blue"), self.tr("Moss green"), self.tr("Plum"),
                 self.tr("Ochre"), self.tr("Slate blue"))
        for i, name in enumerate(names):
            self.colour_group.button(i).setAccessibleName(self.tr("Colour: %1").replace("%1", name))
            self.colour_group.button(i).setToolTip(name)
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.repeat_label.setText(self.tr("Re&peat the password"))
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self._hint()
        self.go.setText(self.tr("&Make profile"))
        self.go.setAccessibleName(self.tr("Make profile"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
