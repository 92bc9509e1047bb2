"""Settings: language, text size and colours (every change applies at once); the data folder
and its backups (``backups_section.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QSlider, QSpinBox, QWidget

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.settings import TEXT_SCALE_MAX, TEXT_SCALE_MIN, TEXT_SCALE_STEP

from ..common.widgets import FormLabel, ReadingColumn, Retranslating, heading, paragraph, plain_label

# Language names are always shown in their own language.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class SettingsPage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, prefs: Preferences, session: Session, parent=None, dialogs=None):
        super().__init__(parent=parent)
        self._prefs = prefs
        self._session = session
        self.setObjectName("settingsPage")
        self.title = heading()
        self.body.addWidget(self.title)

        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.language.currentIndexChanged.connect(
            lambda _i: prefs.set_language(self.language.currentData()))
        self.language_label = FormLabel()
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.language_label, self.language)

        self.scale_slider = QSlider(Qt.Orientation.Horizontal)
        self.scale_spin = QSpinBox()
        for w in (self.scale_slider, self.scale_spin):
            w.setRange(TEXT_SCALE_MIN, TEXT_SCALE_MAX)
            w.setSingleStep(TEXT_SCALE_STEP)
            w.setValue(prefs.text_scale)
        self.scale_slider.setPageStep(TEXT_SCALE_STEP * 2)
        self.scale_slider.setTickInterval(TEXT_SCALE_STEP * 2)
        self.scale_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.scale_spin.setSuffix(" %")
        # Slider and number move together; either one applies the size at once.
        self.scale_slider.valueChanged.connect(self.scale_spin.setValue)
        self.scale_spin.valueChanged.connect(self._scale_chosen)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_slider, 1)
        scale_row.addWidget(self.scale_spin)
        self.scale_label = FormLabel()
        self.scale_label.setBuddy(self.scale_slider)
        self.form.addRow(self.scale_label, scale_row)

        self.scheme = QComboBox()
        for code in ("system", "light", "dark", "contrast"):
            self.scheme.addItem("", code)
        self.scheme.setCurrentIndex(self.scheme.findData(prefs.color_scheme))
        self.scheme.currentIndexChanged.connect(
            lambda _i: prefs.set_color_scheme(self.scheme.currentData()))
        self.scheme_label = FormLabel()
        self.scheme_label.setBuddy(self.scheme)
        self.form.addRow(self.scheme_label, self.scheme)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 60)
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.auto_lock.valueChanged.connect(prefs.set_auto_lock_minutes)
        self.auto_lock_label = FormLabel()
        self.auto_lock_label.setBuddy(self.auto_lock)
        self.form.addRow(self.auto_lock_label, self.auto_lock)
        self.body.addWidget(form_host)
        # A choice that applies now but could not be saved for the next start: why.
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        for changed in (self.language.currentIndexChanged, self.scale_spin.valueChanged,
                        self.scheme.currentIndexChanged, self.auto_lock.valueChanged):
            changed.connect(self._check_saved)

        self.protection_title = heading("subheading")
        self.protection = paragraph()
        self.body.addWidget(self.protection_title)
        self.body.addWidget(self.protection)
        session.changed.connect(self._protection_text)

        self.data_title = heading("subheading")
        self.data_text = paragraph()
        self.data_path = plain_label(str(prefs.data_dir))  # a folder name is shown as it is
        self.data_path.setWordWrap(True)
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.data_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for w in (self.data_title, self.data_text, self.data_path):
            self.body.addWidget(w)
        from .backups_section import BackupsSection

        self.backups = BackupsSection(getattr(session, "backups", None), dialogs)
        self.body.addWidget(self.backups)

        back_row = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        self.body.addLayout(back_row)
        self.retranslate()

    def _check_saved(self, *_args) -> None:
        error = self._prefs.save_error
        self.message.setVisible(error is not None)
        if error is not None:
            from ..common.messages import storage_text

            self.message.setText(self.tr("This choice applies now, but it could not be saved for the next time "
                                         "you start Erfenis.") + " " + storage_text(error))

    def _scale_chosen(self, value: int) -> None:
        self.scale_slider.setValue(value)
        self._prefs.set_text_scale(value)

    def showEvent(self, event) -> None:
        # Ask the keyring (in the background) only when someone looks: not at start-up. A keyring
        # that was locked or without our key may be back: ask again then.
        known = self._session.vault.known_device_state()
        if (known is None or known.status.value in ("unavailable", "missing")) and not getattr(self, "_asking", False):
            self._asking = True
            running = self._session.run(self._session.vault.device_state_job())
            running.done.connect(lambda _state: (setattr(self, "_asking", False), self._protection_text()))
            running.failed.connect(lambda _e: setattr(self, "_asking", False))
        self._protection_text()
        super().showEvent(event)

    def _protection_text(self) -> None:
        state = self._session.vault.known_device_state()
        status = state.status.value if state is not None else ""
        self.protection.setText({
            "ok": self.tr("Extra protection is on. This computer’s keyring holds a second key that is needed "
                          "together with your password, so a copy of the data file alone is not enough."),
            "first_run": self.tr("Extra protection is on. This computer’s keyring holds a second key that is "
                                 "needed together with your password, so a copy of the data file alone is not enough."),
            "unavailable": self.tr("Extra protection is off on this computer: there is no system keyring. "
                                   "Your profiles are protected by your password alone, so choose a strong one."),
            "missing": self.tr("This computer’s extra key for Erfenis is missing. Open your profile with your "
                               "recovery code and choose a new password."),
        }.get(status, self.tr("Checking the system keyring…")))
        current = self._session.current
        if status and status != "unavailable" and current is not None and not current.is_locked \
                and not self._session.vault.device.protects(current.profile.uuid):
            from ..common.messages import password_only_text

            self.protection.setText(self.protection.text() + "\n\n" + password_only_text())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.auto_lock_label.setText(self.tr("Lock a&fter"))
        self.auto_lock.setSuffix(self.tr(" min. without use"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock an open profile after this many minutes without use"))
        self.protection_title.setText(self.tr("Protection on this computer"))
        self._protection_text()
        self.setAccessibleName(self.tr("Settings"))
        self.language_label.setText(self.tr("La&nguage"))
        self.language.setAccessibleName(self.tr("Language"))
        self.scale_label.setText(self.tr("Te&xt size"))
        self.scale_slider.setAccessibleName(self.tr("Text size"))
        self.scale_spin.setAccessibleName(self.tr("Text size in percent"))
        self.scheme_label.setText(self.tr("&Appearance"))
        self.scheme.setAccessibleName(self.tr("Appearance"))
        for i, label in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"),
                                   self.tr("High contrast"))):
            self.scheme.setItemText(i, label)
        self.data_title.setText(self.tr("Where your data is kept"))
        self.data_text.setText(self.tr(
            "Everything Erfenis stores is in this folder on this computer, and nowhere else."))
        # The folder itself, not only that there is one (the label's text is the path).
        self.data_path.setAccessibleName(self.tr("Data folder: %1").replace("%1", self.data_path.text()))
        self.data_path.setAccessibleDescription(self.data_path.text())
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
