"""A written exercise of a few fixed questions: “Mapping our loop” and “Earlier relationships”.

The questions come from content (``cycle_map.toml``, ``relationship_history.toml``);
the answers are one private text, saved a few seconds after typing, on leaving and on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from erfenis_desktop.services.dans import CYCLE_MAP, DansService
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text, not_saved_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, fill, heading, paragraph

AUTOSAVE_MS = 3000


class _Feelings(QWidget):
    """Words to tick, plus room for one's own words; kept as one comma-separated text."""

    changed = Signal()

    def __init__(self, words: list[str], parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes = []
        for i, word in enumerate(words):
            box = QCheckBox(word)
            box.setAccessibleName(word)
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, i // 3, i % 3)
            self.boxes.append(box)
        self.own = QLineEdit()
        self.own.textChanged.connect(lambda _t: self.changed.emit())
        grid.addWidget(self.own, (len(words) + 2) // 3, 0, 1, 3)

    def value(self) -> str:
        ticked = [b.text() for b in self.boxes if b.isChecked()]
        own = self.own.text().strip()
        return ", ".join(ticked + ([own] if own else []))

    def set_value(self, text: str) -> None:
        words = [w.strip() for w in text.split(",") if w.strip()]
        known = {b.text() for b in self.boxes}
        for box in self.boxes:
            box.blockSignals(True)
            box.setChecked(box.text() in words)
            box.blockSignals(False)
        self.own.blockSignals(True)
        self.own.setText(", ".join(w for w in words if w not in known))
        self.own.blockSignals(False)


class FormExercisePage(Retranslating, ReadingColumn):
    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, kind: str, content_name: str, session: Session, exercises: Exercises, prefs: Preferences,
                 parent=None):
        super().__init__(parent=parent)
        self.kind, self._name = kind, content_name
        self.setObjectName(f"{kind}Page")
        self._session, self._prefs = session, prefs
        self.service = DansService(session.couple, exercises)
        self.uuid: str | None = None
        self._saved: dict[str, str] = {}
        self.lost_draft: StorageError | None = None  # set when a lock could not keep the answers
        self.shared: dict[str, str] = {}
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, tuple] = {}
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._build_fields()
        self.message = paragraph()
        self.body.addWidget(self.message)
        self.save_button, self.share_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.share_button.clicked.connect(self.toggle_share)
        button_row(self.body, self.save_button, self.share_button)
        self.help_button, self.back = QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.leave)
        button_row(self.body, self.help_button, self.back)
        self.retranslate()

    def _t(self, key: str):
        return self._prefs.text(self._name, key)

    def _build_fields(self) -> None:
        texts = self._prefs.text(self._name, "fields")
        for field in texts:
            box, layout = card()
            question, help_text, example = heading("question"), paragraph(), paragraph()
            for w in (question, help_text, example):
                layout.addWidget(w)
            fid = field["id"]
            if self.kind == CYCLE_MAP and fid in ("surface", "underneath"):
                widget = _Feelings(list(self._t(f"feelings.{fid}")))
                widget.changed.connect(self._typed)
            elif self.kind == CYCLE_MAP and fid == "move":
                widget = QWidget()
                row = QGridLayout(widget)
                row.setContentsMargins(0, 0, 0, 0)
                combo, own = QComboBox(), QLineEdit()
                combo.currentIndexChanged.connect(lambda _i: self._typed())
                own.textChanged.connect(lambda _t: self._typed())
                row.addWidget(combo, 0, 0)
                row.addWidget(own, 1, 0)
                widget.combo, widget.own = combo, own
            elif self.kind == CYCLE_MAP and fid == "fear":
                widget = QComboBox()
                widget.setEditable(True)
                widget.currentTextChanged.connect(lambda _t: self._typed())
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(self.fontMetrics().height() * 4)
                widget.textChanged.connect(self._typed)
            # The question labels its field (the list, for "what do you do then?": a screen reader reads it there).
            question.setBuddy(widget.combo if hasattr(widget, "combo") else widget)
            layout.addWidget(widget)
            if isinstance(widget, QPlainTextEdit):  # words for feelings, put in at the cursor
                from ..practice.feelings import with_feelings

                with_feelings(layout, widget, self._prefs)
            if self.kind == CYCLE_MAP and fid == "origin":  # linked to one's own pattern mirror
                self.origin_hint = paragraph()
                self.origin_hint.setObjectName("nudge")
                layout.addWidget(self.origin_hint)
            self.inputs[fid] = widget
            self.labels[fid] = (question, help_text, example)
            self.body.addWidget(box)

    # Values ------------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        out = {}
        for fid, w in self.inputs.items():
            if isinstance(w, _Feelings):
                out[fid] = w.value()
            elif isinstance(w, QComboBox):
                out[fid] = w.currentText().strip()
            elif isinstance(w, QPlainTextEdit):
                out[fid] = w.toPlainText()
            else:  # the move: chosen from the list, and in one's own words
                out[fid] = w.combo.currentData() or ""
                out["move_text"] = w.own.text().strip()
        return out

    def _set_values(self, data: dict) -> None:
        for fid, w in self.inputs.items():
            value = str(data.get(fid, ""))
            inner = [w.combo, w.own] if hasattr(w, "combo") else (w.boxes + [w.own] if isinstance(w, _Feelings) else [])
            for x in inner:
                x.blockSignals(True)
            w.blockSignals(True)
            if isinstance(w, _Feelings):
                w.set_value(value)
            elif isinstance(w, QComboBox):
                w.setEditText(value)
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value)
            else:
                w.combo.setCurrentIndex(max(0, w.combo.findData(value)))
                w.own.setText(str(data.get("move_text", "")))
            w.blockSignals(False)
            for x in inner:
                x.blockSignals(False)

    def open(self) -> None:
        u = self._session.current
        if u is None or not self.save():  # answers that could not be saved yet stay on screen
            return
        self.uuid, data = self.service.latest(u, self.kind)
        self._fill_choices()
        self._set_values(data)
        self._autosave.stop()
        self._saved = self.values()  # what is stored: only a real change is saved (and unshares)
        self._load_shared()
        self._hint_origin(u)
        self.message.clear()
        self.retranslate()
        first = next(iter(self.inputs.values()))
        first.setFocus()

    def _hint_origin(self, u) -> None:
        """Where I know it from: the people and patterns from my own pattern mirror, as a reminder."""
        if self.kind != CYCLE_MAP:
            return
        from erfenis_desktop.domain.questionnaire import score, stands_out

        runs = self.service.exercises.finished_runs(u)
        parts = []
        if runs:
            lang = self._prefs.language
            results = score(self.service.exercises.questionnaire(lang), runs[-1].parents, runs[-1].answers)
            def name(scale: str) -> str:
                text = self._prefs.text("patterns", f"scales.{scale}.name")
                return text[:1].lower() + text[1:]  # in the middle of a sentence

            from erfenis_desktop.domain.names import fill as fill_names

            naming = self.service.exercises.naming(lang)
            for person, scores in results.parents:  # about a person: a description, not a verdict
                parts += [fill_names(self._prefs.text("patterns", f"scales.{s}.reminder"),
                                     name=naming.in_sentence(person))
                          for s in ("absent", "overprotective") if stands_out(scores[s])]
            if results.couple:
                parts += [name(s) for s in ("unequal", "no_intimacy") if stands_out(results.couple[s])]
        self.origin_hint.setText(self.tr("What stood out in your pattern mirror: %1.").replace("%1", "; ".join(parts))
                                 if parts else "")
        self.origin_hint.setVisible(bool(parts))

    def _fill_choices(self) -> None:
        if self.kind != CYCLE_MAP:
            return
        move = self.inputs["move"]
        chosen = move.combo.currentData()
        move.combo.blockSignals(True)
        move.combo.clear()
        move.combo.addItem(self.tr("(choose what fits best)"), "")
        for m in self._t("moves"):
            move.combo.addItem(m["label"], m["id"])
        move.combo.setCurrentIndex(max(0, move.combo.findData(chosen)))
        move.combo.blockSignals(False)
        fear = self.inputs["fear"]
        text = fear.currentText()
        fear.blockSignals(True)
        fear.clear()
        fear.addItems(list(self._t("fears")))
        fear.setEditText(text)
        fear.blockSignals(False)

    def _typed(self, *_args) -> None:
        self._autosave.start()

    def save(self) -> bool:
        """Save the answers if they changed; False when they could not be saved (they stay on
        screen, the message says why, and a failed disk is tried again in a few seconds)."""
        try:
            self.save_draft()
        except StorageError:
            return False
        except ProfileError as exc:
            self.message.setText(error_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - said plainly; the text stays on screen
            self.message.setText(failure_text(exc))
            return False
        return True

    def save_draft(self) -> None:
        """Save now; raises StorageError when the disk refuses (the answers stay on screen)."""
        self._autosave.stop()
        u = self._session.current
        values = self.values()
        if u is None or u.is_locked or values == self._saved or \
                (self.uuid is None and not any(v.strip() for v in values.values())):
            return
        try:
            self.uuid = self.service.save(u, self.kind, values, self.uuid)
        except StorageError as error:
            self.message.setText(not_saved_text(error))
            self._autosave.start()  # try again
            raise
        self._saved = values
        self._load_shared()  # a changed shared text is no longer shared
        self.message.setText(self.tr("Saved."))

    # Sharing -------------------------------------------------------------------------------
    def _load_shared(self) -> None:
        from erfenis_desktop.services.together import Together

        shared = None
        if self.kind == CYCLE_MAP:  # the relationship history stays private
            shared = Together(self._session.couple, self.service.exercises).sharing(self._session.current)
        self.shared = shared or {}
        self.share_button.setVisible(shared is not None)
        self.retranslate()

    def toggle_share(self) -> None:
        u = self._session.current
        if not self.save() or u is None or self.uuid is None:
            return
        try:
            if self.uuid in self.shared:
                self._session.couple.unshare(u, self.shared[self.uuid])
                self.message.setText(self.tr("No longer shared."))
            else:
                self._session.couple.share(u, self.uuid)
                self.message.setText(self.tr("Shared with your partner. If you change it, share it again."))
        except ProfileError as exc:
            self.message.setText(error_text(exc))
        except StorageError as exc:
            self.message.setText(failure_text(exc))
        self._load_shared()

    # Leaving ---------------------------------------------------------------------------------
    def leave(self) -> None:
        if self.save():  # else the answers stay here, with the message why
            self.backRequested.emit()

    def clear_private(self) -> None:
        """Before the key goes: keep what was typed, then empty every field."""
        self.lost_draft = None
        if self._session.current is not None and not self._session.current.is_locked:
            try:
                self.save_draft()
            except StorageError as error:
                self.lost_draft = error  # said on the picker
            except Exception:  # noqa: BLE001 - the fields are emptied all the same (the log has it)
                import logging

                logging.getLogger("erfenis").exception("could not keep the answers while locking")
        self._autosave.stop()
        self._set_values({})
        for w in self.inputs.values():
            if isinstance(w, QPlainTextEdit):
                w.document().clearUndoRedoStacks()
        self.uuid, self.shared = None, {}
        self.message.clear()
        if self.kind == CYCLE_MAP:
            self.origin_hint.clear()

    def retranslate(self) -> None:
        if self.inputs and self.kind == CYCLE_MAP and self._session.current is not None:
            self._fill_choices()
        self.title.setText(self._t("intro.title"))
        self.setAccessibleName(self._t("intro.title"))
        self.intro.setText(self._t("intro.body").strip())
        for field in self._t("fields"):
            question, help_text, example = self.labels[field["id"]]
            question.setText(field["label"])
            help_text.setText(field["help"])
            example.setText(self.tr("For example: %1").replace("%1", field.get("example", "")) if field.get(
                "example") else "")
            example.setVisible(bool(field.get("example")))
            widget = self.inputs[field["id"]]
            widget.setAccessibleName(field["label"])
            # Every field its own name, with its question: two "Other words" are told apart.
            if hasattr(widget, "combo"):
                widget.combo.setAccessibleName(field["label"])
                widget.combo.setAccessibleDescription(field["label"])  # on Linux a list's name is its choice
                widget.own.setAccessibleName(fill(self.tr("%1 In your own words"), field["label"]))
                widget.own.setPlaceholderText(self.tr("In your own words (if you like)"))
            if isinstance(widget, _Feelings):
                for box, word in zip(widget.boxes, self._t(f"feelings.{field['id']}")):
                    box.setText(word)
                    box.setAccessibleName(word)
                    box.setAccessibleDescription(field["label"])
                widget.own.setAccessibleName(fill(self.tr("%1 Other words"), field["label"]))
                widget.own.setPlaceholderText(self.tr("Other words (if you like)"))
        shared = self.uuid is not None and self.uuid in self.shared
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.share_button.setText(self.tr("Stop sh&aring") if shared else self.tr("Sh&are with my partner"))
        self.share_button.setAccessibleName(self.share_button.text().replace("&", ""))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
