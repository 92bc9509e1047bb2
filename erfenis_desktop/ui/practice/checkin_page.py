"""A check-in of about a minute: did I use the card, in what situation, how uncomfortable it
felt before and after (0–10), what happened, what I noticed in my body.

Every question may stay empty. What is typed is kept: on saving, on leaving the page and when
the profile locks (``clear_private``), as one private, encrypted check-in; a disk that refuses
is said plainly (``messages.not_saved_text``) and the text stays on screen.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from erfenis_desktop.domain.practice import HIGHEST, LOWEST, CheckIn
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
    plain_label,
)
from .feelings import with_feelings


class ScaleSlider(QSlider):
    """0–10 drawn by us, at a size that follows the text: a thick track, every number below
    it, and a handle only once a value is chosen (``unset``: not filled in, no handle)."""

    touched = Signal()  # the person chose a value (also the one it already had)

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setRange(LOWEST, HIGHEST)
        self.setPageStep(1)
        self.unset = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_unset(self, unset: bool) -> None:
        self.unset = unset
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 40, int(fm.height() * 2.6))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("10") * (HIGHEST - LOWEST + 1), self.sizeHint().height())

    def _radius(self) -> float:
        return self.fontMetrics().height() * 0.45

    def x_for(self, value: int) -> float:
        margin = max(self._radius(), self.fontMetrics().horizontalAdvance(str(HIGHEST)) / 2) + 3
        return margin + (self.width() - 2 * margin) * (value - LOWEST) / (HIGHEST - LOWEST)

    def _track_y(self) -> float:
        return self._radius() + 3

    def value_at(self, x: float) -> int:
        return min(range(LOWEST, HIGHEST + 1), key=lambda v: abs(self.x_for(v) - x))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.touched.emit()
            self.setValue(self.value_at(event.position().x()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.setValue(self.value_at(event.position().x()))
            event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                           Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.touched.emit()  # chosen, also when the value stays where it was (0 and Left)
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QPainter, QPalette, QPen

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm = self.palette(), self.fontMetrics()
        text, accent, mid = (pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight),
                             pal.color(QPalette.ColorRole.Mid))
        if not self.isEnabled():
            text = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        y, r = self._track_y(), self._radius()
        thick = max(4.0, fm.height() * 0.22)
        p.setPen(QPen(mid, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(self.x_for(LOWEST), y), QPointF(self.x_for(HIGHEST), y))
        if not self.unset:
            p.setPen(QPen(accent, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(self.x_for(LOWEST), y), QPointF(self.x_for(self.value()), y))
        for v in range(LOWEST, HIGHEST + 1):
            x = self.x_for(v)
            p.setPen(QPen(text, 1))
            p.drawLine(QPointF(x, y + thick), QPointF(x, y + r + 1))
            label = str(v)
            w = fm.horizontalAdvance(label) + 2
            p.drawText(QRectF(x - w / 2, y + r + 2, w, fm.height()), Qt.AlignmentFlag.AlignCenter, label)
        if not self.unset:
            x = self.x_for(self.value())
            p.setPen(QPen(pal.color(QPalette.ColorRole.Window), 2))
            p.setBrush(accent)
            p.drawEllipse(QPointF(x, y), r, r)
        if self.hasFocus():
            p.setPen(QPen(accent, 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(1, 1, self.width() - 2, self.height() - 2), 4, 4)
        p.end()


class DiscomfortInput(Retranslating, QWidget):
    """0–10 on a scale with its two ends named, or "not filled in" (the start)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        ends = QHBoxLayout()
        self.low_label, self.high_label = plain_label(), plain_label()
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        layout.addLayout(ends)
        self.slider = ScaleSlider()
        self.slider.touched.connect(self._touched)
        self.slider.valueChanged.connect(lambda _v: self._touched())
        layout.addWidget(self.slider)
        self.unset = QCheckBox()
        self.unset.setChecked(True)
        self.unset.toggled.connect(self._unset_toggled)
        layout.addWidget(self.unset)
        self.retranslate()

    def value(self) -> int | None:
        return None if self.unset.isChecked() else self.slider.value()

    def set_value(self, value: int | None) -> None:
        for w in (self.slider, self.unset):
            w.blockSignals(True)
        self.slider.setValue(LOWEST if value is None else value)
        self.unset.setChecked(value is None)
        for w in (self.slider, self.unset):
            w.blockSignals(False)
        self._show()

    def _touched(self) -> None:
        if self.unset.isChecked():
            self.unset.blockSignals(True)
            self.unset.setChecked(False)
            self.unset.blockSignals(False)
        self._show()
        self.changed.emit()

    def _unset_toggled(self, _on: bool) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.slider.set_unset(self.unset.isChecked())
        ends = f"{self.low_label.text()}; {self.high_label.text()}"
        self.slider.setAccessibleDescription(self.tr("Not filled in") + "; " + ends if self.unset.isChecked()
                                             else ends)

    def set_ends(self, low: str, high: str) -> None:
        """What 0 and 10 mean ("helemaal niet", "heel erg")."""
        self.low_label.setText(f"{LOWEST} = {low}")
        self.high_label.setText(f"{HIGHEST} = {high}")
        self._show()

    def retranslate(self) -> None:
        self.unset.setText(self.tr("Not filled in"))
        self.unset.setAccessibleName(self.tr("Not filled in"))
        self._show()


class ShortField(QPlainTextEdit):
    """A writing field of a few lines: a check-in takes about a minute, not a page."""

    def __init__(self, lines: int, parent=None):
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * self.lines + 2 * self.document().documentMargin()
        return QSize(super().sizeHint().width(), int(height) + margins.top() + margins.bottom() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


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
