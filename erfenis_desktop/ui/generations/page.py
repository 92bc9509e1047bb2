"""The generations view as a page: the form (per generation three questions, each with “I don’t
know” as a tick of its own), the drawing with its words for screen readers, saving it as a
PDF or PNG, sharing it with the partner, and what the partner shared.

Everything typed is one private item (services/generations.py), saved a few seconds after
typing, on leaving and when the profile locks, like step 1.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from erfenis_desktop.domain.generations import FIELDS, GENERATIONS, Answer, Generations
from erfenis_desktop.services.generations import GenerationsService
from erfenis_desktop.services.store import StorageError
from erfenis_desktop.services.vault import ProfileError

from ..common.messages import error_text, failure_text, not_saved_text
from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    fill,
    heading,
    paragraph,
)
from .canvas import GenerationsCanvas
from .fields import Editor, Field

AUTOSAVE_MS = 3000


class GenerationsPage(Retranslating, ReadingColumn):
    backRequested = Signal()
    helpRequested = Signal()

    def __init__(self, session, exercises, prefs, dialogs, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("generationsPage")
        self._session, self._prefs, self._dialogs = session, prefs, dialogs
        self.service = GenerationsService(exercises, session.couple)
        self.uuid: str | None = None
        self._saved = Generations()
        self.shared: dict[str, str] = {}  # {private id: shared copy id}, or {} (None: cannot share now)
        self._can_share = False
        self.lost_draft: StorageError | None = None
        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        self.children_box = QCheckBox()
        self.children_box.toggled.connect(self._children_toggled)
        self.children_note = paragraph()
        self.body.addWidget(self.children_note)
        self.body.addWidget(self.children_box)
        self.cards: dict[str, QWidget] = {}
        self.gen_titles: dict[str, tuple] = {}
        self.fields: dict[tuple[str, str], Field] = {}
        for gen in GENERATIONS:
            box, layout = card()
            title, help_text = heading(), paragraph()
            layout.addWidget(title)
            layout.addWidget(help_text)
            self.gen_titles[gen] = (title, help_text)
            for field_id in FIELDS:
                self.fields[gen, field_id] = Field(layout, self._typed, prefs)
            self.cards[gen] = box
            self.body.addWidget(box)
        box, layout = card()
        self.pass_on_question, self.pass_on_help = heading("question"), paragraph()
        self.pass_on = Editor()
        self.pass_on.textChanged.connect(self._typed)
        self.pass_on_question.setBuddy(self.pass_on)
        for w in (self.pass_on_question, self.pass_on_help, self.pass_on):
            layout.addWidget(w)
        from ..practice.feelings import with_feelings

        with_feelings(layout, self.pass_on, prefs)
        self.body.addWidget(box)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.body.addWidget(self.message)
        self.save_button, self.share_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.share_button.clicked.connect(self.toggle_share)
        button_row(self.body, self.save_button, self.share_button)
        # The drawing, its words, and the files.
        self.drawing_title = heading("subheading")
        self.body.addWidget(self.drawing_title)
        self.canvas = GenerationsCanvas()
        self.body.addWidget(self.canvas)
        self.words_button = QPushButton()
        self.words_button.setCheckable(True)
        self.words_button.toggled.connect(lambda on: self.words.setVisible(on))
        self.words = paragraph()
        self.words.hide()
        self.png_button, self.pdf_button = QPushButton(), QPushButton()
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        button_row(self.body, self.words_button)
        self.body.addWidget(self.words)
        button_row(self.body, self.png_button, self.pdf_button)
        # What the partner shared (only that: never their private writing).
        self.partner_title, self.partner_note = heading("subheading"), paragraph()
        self.partner_canvas = GenerationsCanvas()
        for w in (self.partner_title, self.partner_note, self.partner_canvas):
            self.body.addWidget(w)
            w.hide()
        self.partner: list = []
        self.help_button, self.back = QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.leave)
        button_row(self.body, self.help_button, self.back)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self._children_toggled(False)
        self.retranslate()

    def _t(self, key: str):
        from erfenis_desktop.domain.content import lookup

        return lookup(self.service.texts(self._prefs.language), key)

    # Values -------------------------------------------------------------------------------------
    def value(self) -> Generations:
        out = Generations(children=self.children_box.isChecked(), pass_on=self.pass_on.toPlainText())
        for (gen, field_id), f in self.fields.items():
            answer = f.value()
            if answer != Answer():
                out.set(gen, field_id, answer)
        return out

    def set_value(self, generations: Generations) -> None:
        for (gen, field_id), f in self.fields.items():
            f.set_value(generations.answer(gen, field_id))
        self.children_box.blockSignals(True)
        self.children_box.setChecked(generations.children)
        self.children_box.blockSignals(False)
        self.cards["children"].setVisible(generations.children)
        self.pass_on.blockSignals(True)
        self.pass_on.setPlainText(generations.pass_on)
        self.pass_on.document().clearUndoRedoStacks()
        self.pass_on.blockSignals(False)
        self._draw()

    def _children_toggled(self, on: bool) -> None:
        self.cards["children"].setVisible(on)  # what was written there is kept, only not drawn
        self._typed()

    def _typed(self, *_args) -> None:
        self._autosave.start()
        self._draw()

    # Opening, saving, leaving ------------------------------------------------------------------
    def open(self) -> None:
        u = self._session.current
        if u is None or not self.save():
            return
        self.uuid, saved = self.service.latest(u)
        self.set_value(saved)
        self._autosave.stop()
        self._saved = self.value()
        self.message.clear()
        self._load_shared()
        self.retranslate()
        self.fields["grandparents", "love"].editor.setFocus()

    def focus_target(self):
        return self.fields["grandparents", "love"].editor

    def save(self) -> bool:
        """Save if anything changed; False when it could not be saved (the text stays, the message says why)."""
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
        self._autosave.stop()
        u = self._session.current
        value = self.value()
        if u is None or u.is_locked or value == self._saved or (self.uuid is None and value.is_empty()):
            return
        try:
            self.uuid = self.service.save(u, value, self.uuid)
        except StorageError as error:
            self.message.setText(not_saved_text(error))
            self._autosave.start()
            raise
        self._saved = value
        if u.unshared_on_save:
            self.message.setText(self.tr("Saved. You changed what you had shared, so it is no longer shared; "
                                         "share it again when you want your partner to see it."))
        else:
            self.message.setText(self.tr("Saved."))
        self._load_shared()

    def leave(self) -> None:
        if self.save():
            self.backRequested.emit()

    def clear_private(self) -> None:
        """Before the key goes: keep what was typed, then empty every field and drawing."""
        self.lost_draft = None
        u = self._session.current
        if u is not None and not u.is_locked:
            try:
                self.save_draft()
            except StorageError as error:
                self.lost_draft = error
            except Exception:
                import logging

                logging.getLogger("erfenis").exception("could not keep the generations while locking")
        self._autosave.stop()
        self.set_value(Generations())
        self._saved, self.uuid, self.shared, self.partner = Generations(), None, {}, []
        self.message.clear()
        self.words.clear()
        self.canvas.set_content([], "", "", "", "")
        self.partner_canvas.set_content([], "", "", "", "")
        for w in (self.partner_title, self.partner_note, self.partner_canvas):
            w.hide()

    # The drawing -------------------------------------------------------------------------------
    def _draw(self) -> None:
        lang = self._prefs.language
        value = self.value()
        rows = self.service.rows(lang, value)
        words = self.service.describe(lang, value)
        self.canvas.set_content(rows, self._t("pass_on.question"), value.pass_on, self._t("drawing.line"), words)
        self.words.setText(words)

    def _draw_partner(self) -> None:
        shown = bool(self.partner)
        for w in (self.partner_title, self.partner_note, self.partner_canvas):
            w.setVisible(shown)
        if not shown:
            return
        lang, theirs = self._prefs.language, self.partner[0]
        self.partner_title.setText(fill(self.tr("What %1 shared"), theirs.name))
        self.partner_note.setText(self.tr("Only what your partner chose to share. Their private writing stays "
                                          "theirs."))
        rows = self.service.rows(lang, theirs.generations)
        self.partner_canvas.set_content(rows, self._t("pass_on.question"), theirs.generations.pass_on,
                                        self._t("drawing.line"), self.service.describe(lang, theirs.generations))
        self.partner_canvas.setAccessibleName(self.partner_title.text())

    # Sharing -----------------------------------------------------------------------------------
    def _load_shared(self) -> None:
        from erfenis_desktop.services.together import Together

        u = self._session.current
        sharing = Together(self._session.couple, self.service.exercises).sharing(u)
        self._can_share = sharing is not None
        self.shared = sharing or {}
        self.partner = self.service.partners(u)[0] if u is not None and self._can_share else []
        self._draw_partner()
        self.retranslate()

    def toggle_share(self) -> None:
        u = self._session.current
        if not self.save() or u is None:
            return
        if self.uuid is None:
            self.message.setText(self.tr("Write something first; then you can share it."))
            return
        try:
            if self.uuid in self.shared:
                self._session.couple.unshare(u, self.shared[self.uuid])
                self.message.setText(self.tr("No longer shared. Your partner cannot open it any more; "
                                             "what they already read, they have seen."))
            else:
                self._session.couple.share(u, self.uuid)
                self.message.setText(self.tr("Shared with your partner. If you change it, share it again."))
        except ProfileError as exc:
            self.message.setText(error_text(exc))
        except StorageError as exc:
            self.message.setText(failure_text(exc))
        self._load_shared()

    # Files ---------------------------------------------------------------------------------------
    def summary(self) -> list[str]:
        """What a file holds, in the words of the confirmation."""
        value = self.value()
        lines = [self.tr("Your name and today’s date")]
        for row in self.service.rows(self._prefs.language, value):
            lines.append(row.title)
        lines.append(self._t("pass_on.question") + (" " + value.pass_on.strip() if value.pass_on.strip() else ""))
        return lines

    def export(self, kind: str) -> None:
        from ..common.exports import confirm_export

        if self._session.current is None or not self.save():
            return
        holds = self.tr("It holds what you wrote about the generations on this screen, in your own words, and "
                        "nothing your partner wrote. This is what will be in the file:")
        if not confirm_export(self._dialogs, self, self.tr("Save your generations?"), holds, self.summary()):
            return
        suffix = {"png": self.tr("PNG images (*.png)"), "pdf": self.tr("PDF files (*.pdf)")}[kind]
        target = self._dialogs.save_file(self, self.tr("Save the generations"),
                                         Path.home() / (self.tr("my-generations") + "." + kind), suffix)
        if target is None:
            return
        from . import export

        try:
            (export.png if kind == "png" else export.pdf)(self, Path(target))
        except OSError as exc:
            self.message.setText(fill(self.tr("The file could not be saved: %1"), exc.strerror or str(exc)))
            return
        self.message.setText(self.tr("Saved as %1.").replace("%1", str(target)))

    # Words -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self._t("intro.title"))
        self.setAccessibleName(self.title.text())
        self.intro.setText(self._t("intro.body").strip())
        self.children_note.setText(self._t("intro.children"))
        self.children_box.setText(self.tr("I have &children"))
        self.children_box.setAccessibleName(self.tr("I have children"))
        unknown = self._t("intro.unknown")
        for gen in GENERATIONS:
            title, help_text = self.gen_titles[gen]
            title.setText(self._t(f"generations.{gen}.title"))
            help_text.setText(self._t(f"generations.{gen}.help"))
            for field_id in FIELDS:
                f = self.fields[gen, field_id]
                f.question.setText(self._t(f"generations.{gen}.{field_id}"))
                f.help.setText(self._t(f"fields.{field_id}.help"))
                f.editor.setAccessibleName(f"{title.text()}: {f.question.text()}")
                f.editor.setAccessibleDescription(f.help.text())
                f.unknown.setText(unknown)
                f.unknown.setAccessibleName(f"{unknown}: {title.text()}, {f.question.text()}")
        self.pass_on_question.setText(self._t("pass_on.question"))
        self.pass_on_help.setText(self._t("pass_on.help"))
        self.pass_on.setAccessibleName(self.pass_on_question.text())
        self.drawing_title.setText(self._t("drawing.title"))
        self.canvas.setAccessibleName(self._t("drawing.title"))
        self.words_button.setText(self._t("drawing.alternative"))
        self.words_button.setAccessibleName(self._t("drawing.alternative"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save"))
        shared = self.uuid is not None and self.uuid in self.shared
        self.share_button.setVisible(self._can_share)
        self.share_button.setText(self.tr("Stop sh&aring") if shared else self.tr("Sh&are with my partner"))
        self.share_button.setAccessibleName(self.share_button.text().replace("&", ""))
        self.png_button.setText(self.tr("Save as PN&G…"))
        self.png_button.setAccessibleName(self.tr("Save as PNG"))
        self.pdf_button.setText(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        if self._session.current is not None:
            self._draw()
            self._draw_partner()
