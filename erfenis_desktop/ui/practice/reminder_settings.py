"""Step 2's reminder settings: on or off, at what time, and quiet hours, kept privately.

A part of :class:`~.practice_page.PracticePage` (a mixin: the page's layout, Tab order and
signals stay as they were): the form (:meth:`ReminderSettingsForm._build_reminders`), its
texts, and saving it, at once when switched on or off, otherwise a moment after the last
change (:data:`SAVE_SETTINGS_MS`), before a lock and when the page is left. The clock that
shows the reminders is ``reminders.py``. Its strings keep the PracticePage translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtWidgets import QCheckBox, QGridLayout, QTimeEdit, QWidget

from erfenis_desktop.domain.practice import ReminderSettings
from erfenis_desktop.services.store import StorageError

from ..common.messages import failure_text
from ..common.widgets import FormLabel, card, for_button, heading, paragraph

SAVE_SETTINGS_MS = 800


class ReminderSettingsForm:
    """The reminder settings of :class:`~.practice_page.PracticePage` (``_practice``,
    ``_session`` and ``_t`` are the page's)."""

    def _build_reminders(self) -> QWidget:
        """The form, in a card of its own (added to the page by the caller)."""
        remind_box, remind = card()
        self.remind_title, self.remind_intro = heading("subheading"), paragraph()
        self.remind_on = QCheckBox()
        self.remind_on.toggled.connect(self._settings_changed)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.at_label, self.quiet_from_label, self.quiet_until_label = FormLabel(), FormLabel(), FormLabel()
        self.at, self.quiet_from, self.quiet_until = QTimeEdit(), QTimeEdit(), QTimeEdit()
        for row, (label, edit) in enumerate(((self.at_label, self.at), (self.quiet_from_label, self.quiet_from),
                                             (self.quiet_until_label, self.quiet_until))):
            label.setBuddy(edit)
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._settings_changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(2, 1)
        self.quiet_help = paragraph()
        self.remind_message = paragraph()
        self.remind_message.setObjectName("inlineMessage")
        self.remind_message.hide()
        for w in (self.remind_title, self.remind_intro, self.remind_on):
            remind.addWidget(w)
        remind.addLayout(grid)
        remind.addWidget(self.quiet_help)
        remind.addWidget(self.remind_message)
        self._settings_timer = QTimer(self)
        self._settings_timer.setSingleShot(True)
        self._settings_timer.setInterval(SAVE_SETTINGS_MS)
        self._settings_timer.timeout.connect(self.save_settings)
        self._saved_settings: ReminderSettings | None = None
        return remind_box

    def _reminder_texts(self) -> None:
        self.remind_title.setText(self._t("reminder.title"))
        self.remind_intro.setText(self._t("reminder.intro"))
        self.remind_on.setText(for_button(self._t("reminder.enable")))
        self.remind_on.setAccessibleName(self._t("reminder.enable"))
        quiet = self._t("reminder.quiet")
        quiet_from = QCoreApplication.translate("PracticePage", "%1, from").replace("%1", quiet)
        quiet_until = QCoreApplication.translate("PracticePage", "%1, until").replace("%1", quiet)
        for label, edit, text, name in (
                (self.at_label, self.at, self._t("reminder.at"), self._t("reminder.at")),
                (self.quiet_from_label, self.quiet_from, quiet_from, quiet_from),
                (self.quiet_until_label, self.quiet_until, quiet_until, quiet_until)):
            label.setText(text)
            edit.setAccessibleName(name)
        self.quiet_help.setText(self._t("reminder.quiet_help"))

    def _load_settings(self, u) -> None:
        try:
            settings = self._practice.reminder_settings(u)
        except Exception:  # noqa: BLE001 - unreadable settings: the defaults (off)
            settings = ReminderSettings()
        self._show_settings(settings)
        self._saved_settings = settings

    def _show_settings(self, settings: ReminderSettings) -> None:
        widgets = (self.remind_on, self.at, self.quiet_from, self.quiet_until)
        for w in widgets:
            w.blockSignals(True)
        self.remind_on.setChecked(settings.enabled)
        for edit, value in ((self.at, settings.at), (self.quiet_from, settings.quiet_from),
                            (self.quiet_until, settings.quiet_until)):
            edit.setTime(QTime(value.hour, value.minute))
        for w in widgets:
            w.blockSignals(False)
        self._enable_times()
        self.remind_message.hide()

    def _enable_times(self) -> None:
        for w in (self.at, self.quiet_from, self.quiet_until, self.at_label, self.quiet_from_label,
                  self.quiet_until_label):
            w.setEnabled(self.remind_on.isChecked())

    def settings(self) -> ReminderSettings:
        t = lambda edit: edit.time().toPython().replace(second=0, microsecond=0)  # noqa: E731
        return ReminderSettings(self.remind_on.isChecked(), t(self.at), t(self.quiet_from), t(self.quiet_until))

    def _settings_changed(self, *_args) -> None:
        self._enable_times()
        if self.sender() is self.remind_on:
            self.save_settings()  # on or off: at once
        else:
            self._settings_timer.start()

    def save_settings(self) -> bool:
        self._settings_timer.stop()
        u = self._session.current
        settings = self.settings()
        if u is None or u.is_locked or settings == self._saved_settings:
            return True
        try:
            self._practice.set_reminder_settings(u, settings)
        except StorageError as error:
            from ..common.messages import storage_text

            self.remind_message.setText(storage_text(error) + " " + QCoreApplication.translate("PracticePage",
                "Your reminder settings are not saved; they stay as they were."))
            self.remind_message.show()
            return False
        except Exception as error:  # noqa: BLE001 - said plainly
            self.remind_message.setText(failure_text(error))
            self.remind_message.show()
            return False
        self._saved_settings = settings
        self.remind_message.hide()
        return True
