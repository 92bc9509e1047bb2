"""A check-in of about a minute: did I use the card, in what situation, how uncomfortable it
felt before and after (0–10), what happened, what I noticed in my body.

Every question may stay empty. What is typed is kept: on saving, on leaving the page and when
the profile locks (``clear_private``), as one private, encrypted check-in; a disk that refuses
is said plainly (``messages.not_saved_text``) and the text stays on screen.
The 0–10 scale and the short writing fields are ``checkin_fields.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)

from erfenis_desktop.domain.practice import CheckIn
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text, not_saved_text
from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    fill,
    for_button,
    heading,
    paragraph,
)
from .checkin_fields import DiscomfortInput, ScaleSlider, ShortField
from .feelings import with_feelings

__all__ = ["CheckInPage", "DiscomfortInput", "ScaleSlider", "ShortField"]


class CheckInPage(Retranslating, ReadingColumn):
    helpRequested = Signal()
    backRequested = Signal()
    saved = Signal(str)  # the card

    def __init__(self, session, exercises, prefs, parent=None):
        super().__init__(parent=parent)
        from erfenis_desktop.services.practice import Practice

        self.setObjectName("checkInPage")
        self._session, self._prefs = session, prefs
        self._practice = Practice(exercises, session.couple)
        self.card_id: str | None = None
        self.uuid: str | None = None  # the check-in, once (part of) it was kept
        self.when: str | None = None
        self._saved: tuple | None = None  # what is stored: only a change is saved again
        self.lost_draft: StorageError | None = None  # set when a lock could not keep it
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        box, layout = card()
        self.card_title, self.phrase = heading("subheading"), heading("question")
        self.card_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.card_title)
        layout.addWidget(self.phrase)
        self.body.addWidget(box)

        self.used_label = heading("question")
        self.used_help = paragraph()
        self.used_yes, self.used_no, self.used_unset = QRadioButton(), QRadioButton(), QRadioButton()
        self.used = QButtonGroup(self)
        for i, b in enumerate((self.used_yes, self.used_no, self.used_unset)):
            self.used.addButton(b, i)
        self.used_unset.setChecked(True)
        self.used.idToggled.connect(lambda _i, _on: self._changed())
        used_row = QHBoxLayout()
        for b in (self.used_yes, self.used_no, self.used_unset):
            used_row.addWidget(b)
        used_row.addStretch(1)
        self.body.addWidget(self.used_label)
        self.body.addLayout(used_row)
        self.body.addWidget(self.used_help)

        def text_field(lines: int) -> QPlainTextEdit:
            field = ShortField(lines)
            field.textChanged.connect(self._changed)
            return field

        self.situation, self.happened, self.body_field = text_field(3), text_field(4), text_field(3)
        self.before, self.after = DiscomfortInput(), DiscomfortInput()
        self.questions: dict[str, tuple] = {}  # key in checkin.* -> (label, help, field)
        self.feelings = {}
        for key, field in (("situation", self.situation), ("before", self.before), ("after", self.after),
                           ("happened", self.happened), ("body", self.body_field)):
            label, help_text = heading("question"), paragraph()
            label.setBuddy(field.slider if isinstance(field, DiscomfortInput) else field)
            self.body.addWidget(label)
            self.body.addWidget(help_text)
            self.body.addWidget(field)
            if isinstance(field, QPlainTextEdit):
                self.feelings[field] = with_feelings(self.body, field, prefs)
            else:
                field.changed.connect(self._changed)
            self.questions[key] = (label, help_text, field)
            if key == "after":  # next to "how uncomfortable": new is not wrong, unfamiliar is not unsafe
                self.discomfort, self.safety = paragraph(), paragraph()
                self.discomfort.setObjectName("nudge")
                self.safety.setObjectName("safetyNote")
                self.body.addWidget(self.discomfort)
                self.body.addWidget(self.safety)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        self.save_button, self.back, self.help_button = QPushButton(), QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save_and_leave)
        self.back.clicked.connect(self.leave)
        self.help_button.clicked.connect(self.helpRequested)
        button_row(self.body, self.save_button, self.back)
        button_row(self.body, self.help_button)
        self._retry = QTimer(self)  # after a refused save: try again in a few seconds
        self._retry.setSingleShot(True)
        self._retry.setInterval(3000)
        self._retry.timeout.connect(self._try_again)
        self.retranslate()

    # The form -------------------------------------------------------------------------------
    def values(self) -> tuple:
        used = {0: True, 1: False}.get(self.used.checkedId())
        return (used, self.situation.toPlainText(), self.before.value(), self.after.value(),
                self.happened.toPlainText(), self.body_field.toPlainText())

    def is_empty(self) -> bool:
        used, situation, before, after, happened, body = self.values()
        return used is None and before is None and after is None and not (situation + happened + body).strip()

    def _changed(self, *_args) -> None:
        if not self.message.isHidden() and self.lost_draft is None and not self._retry.isActive():
            self.message.hide()

    def _set_form(self, checkin: CheckIn | None) -> None:
        fields = (self.situation, self.happened, self.body_field)
        for w in fields + (self.used,):
            w.blockSignals(True)
        {True: self.used_yes, False: self.used_no}.get(checkin.used if checkin else None,
                                                      self.used_unset).setChecked(True)
        for field, text in zip(fields, (checkin.situation, checkin.happened, checkin.body) if checkin else
                               ("", "", "")):
            field.setPlainText(text)
            field.document().clearUndoRedoStacks()
        for w in fields + (self.used,):
            w.blockSignals(False)
        self.before.set_value(checkin.before if checkin else None)
        self.after.set_value(checkin.after if checkin else None)

    def open(self, card_id: str | None = None) -> bool:
        """A new check-in for ``card_id`` (the one before is kept first); False when what was
        typed before could not be saved (it stays on screen, with the reason)."""
        if not self.save():
            return False
        if card_id is None:
            return True  # back to the check-in that was open
        self.card_id, self.uuid, self.when, self._saved = card_id, None, None, None
        self._set_form(None)
        self.message.hide()
        self.retranslate()
        self.used_yes.setFocus()
        self.verticalScrollBar().setValue(0)
        return True

    def checkin(self) -> CheckIn:
        used, situation, before, after, happened, body = self.values()
        return CheckIn(card=self.card_id or "", when=self.when or datetime.now(UTC).isoformat(
            timespec="seconds"), used=used, situation=situation, before=before, after=after, happened=happened,
            body=body, uuid=self.uuid)

    # Saving ----------------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Keep what was typed (on leaving, on lock); StorageError when the disk refuses."""
        self._retry.stop()
        u = self._session.current
        if u is None or u.is_locked or self.card_id is None or self.values() == self._saved:
            return
        if self.uuid is None and self.is_empty():
            return
        checkin = self.checkin()
        try:
            self.uuid = self._practice.check_in(u, checkin)
        except StorageError as error:
            self.message.setText(not_saved_text(error))
            self.message.show()
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(self.message))
            self._retry.start()
            raise
        self.when = checkin.when
        self._saved = self.values()

    def save(self) -> bool:
        try:
            self.save_draft()
        except StorageError:
            return False
        except ProfileError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return False
        except Exception as error:  # noqa: BLE001 - said plainly; the text stays on screen
            self.message.setText(failure_text(error))
            self.message.show()
            return False
        return True

    def _try_again(self) -> None:
        if self.save() and not self.message.isHidden():
            self.message.setText(self.tr("Saved."))

    def save_and_leave(self) -> None:
        if self.uuid is None and self.is_empty():
            self.message.setText(self.tr("Nothing is filled in yet. Every question may stay empty, but fill in at "
                                         "least one."))
            self.message.show()
            return
        if self.save():
            card_id = self.card_id or ""
            self._forget()
            self.saved.emit(card_id)

    def leave(self) -> None:
        if self.save():  # what was typed is kept, not thrown away
            self._forget()
            self.backRequested.emit()

    def _forget(self) -> None:
        """After saving: the form is empty again, ready for the next time."""
        self.card_id, self.uuid, self.when, self._saved = None, None, None, None
        self._set_form(None)
        self.message.hide()

    def hideEvent(self, event) -> None:
        self.save()  # Need help?, Home, Settings: what was typed is kept
        super().hideEvent(event)

    def clear_private(self) -> None:
        """The profile locks: keep what was typed if the disk lets us (else ``lost_draft``),
        then empty the form, undo history too."""
        self.lost_draft = None
        try:
            self.save_draft()
        except StorageError as error:
            self.lost_draft = error
        except Exception:  # noqa: BLE001 - the form is emptied all the same (the log has it)
            import logging

            logging.getLogger("erfenis").exception("could not keep the check-in while locking")
        self._retry.stop()
        self._forget()
        self.message.clear()
        self.card_title.clear()
        self.phrase.clear()

    # Texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = lambda key: self._prefs.text("practice", f"checkin.{key}")  # noqa: E731
        self.title.setText(t("title"))
        self.setAccessibleName(t("title"))
        self.intro.setText(t("intro"))
        card_ = None
        if self.card_id is not None:
            try:
                card_ = self._practice.deck(self._prefs.language).card(self.card_id)
            except (KeyError, ValueError):  # the card's texts are missing: the form still works
                card_ = None
        self.card_title.setText(card_.title if card_ else "")
        self.phrase.setText(fill(self.tr("“%1”"), card_.phrase) if card_ else "")
        self.used_label.setText(t("used"))
        self.used_help.setText(t("used_help"))
        for button, text in ((self.used_yes, t("used_yes")), (self.used_no, t("used_no")),
                             (self.used_unset, self.tr("Not filled in"))):
            button.setText(for_button(text))
            button.setAccessibleName(t("used") + " " + text)
        for key, (label, help_text, field) in self.questions.items():
            label.setText(t(key))
            help_text.setText(t(f"{key}_help"))
            if isinstance(field, DiscomfortInput):
                field.set_ends(t("scale_low"), t("scale_high"))
                field.slider.setAccessibleName(t(key))
                field.unset.setAccessibleName(fill(self.tr("%1 Not filled in"), t(key)))
            else:
                field.setAccessibleName(t(key))
        self.discomfort.setText(t("discomfort"))
        self.safety.setText(self._prefs.text("help", "safety.unfamiliar"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.back.setText(self.tr("Back to step &2"))
        self.back.setAccessibleName(self.tr("Back to step 2"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
