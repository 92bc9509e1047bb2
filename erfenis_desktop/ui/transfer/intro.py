"""The introduction at the top of the take-home windows: shown whole when there is room, and
scrolling on its own (never squeezing the fields) at a large text size on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea

from ..common.widgets import paragraph

#: The windows are at least this many average characters wide: a paragraph reads as one.
WIDTH_CHARS = 62
#: The introduction takes at most this many lines before it scrolls.
MAX_LINES = 9


class IntroArea(QScrollArea):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = paragraph()
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.label.setText(text)
        self.fit()

    def text(self) -> str:
        return self.label.text()

    def fit(self) -> None:
        width = max(self.viewport().width(), self.label.fontMetrics().averageCharWidth() * 20)
        wanted = self.label.heightForWidth(width)
        spacing = self.label.fontMetrics().lineSpacing()
        self.setMinimumHeight(min(wanted + spacing // 2, spacing * MAX_LINES))

    def showEvent(self, event):
        super().showEvent(event)
        self.fit()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit()


def fit_width(dialog: QDialog) -> None:
    """At least :data:`WIDTH_CHARS` wide at the dialog's text size (called again at a font change)."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * WIDTH_CHARS)


def grow_to_fit(dialog: QDialog) -> None:
    """Taller when fields or a message appear in an open window, so nothing is squeezed (never
    taller than the screen: the introduction scrolls then)."""
    layout = dialog.layout()
    if layout is None or not dialog.isVisible():
        return
    layout.activate()
    wanted = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else -1
    wanted = max(wanted, layout.totalMinimumSize().height())
    screen = dialog.screen()
    if screen is not None:
        frame = dialog.frameGeometry().height() - dialog.height()
        wanted = min(wanted, screen.availableGeometry().height() - frame)
    if wanted > dialog.height():
        dialog.resize(dialog.width(), wanted)


class FitsText:
    """Mix in before QDialog: keeps :func:`fit_width` in step with the text size."""

    def changeEvent(self, event):
        if event.type() == QEvent.Type.FontChange:
            fit_width(self)
        super().changeEvent(event)


def add_footer(dialog, layout, session) -> None:
    """What both take-home windows end with: a message line, a busy bar, OK and Cancel, the
    work in the background (``dialog.submit``/``cancel``/``say``/``_done``/``_failed``), and
    a lock (or quick hide) that takes the window and what was typed."""
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from ..common.busy import BusyWork, busy_bar

    dialog.message = paragraph()
    dialog.message.setObjectName("formMessage")
    dialog.message.hide()
    layout.addWidget(dialog.message)
    dialog.busy = busy_bar()
    layout.addWidget(dialog.busy)
    dialog.buttons = QDialogButtonBox()
    dialog.ok_button, dialog.cancel_button = QPushButton(), QPushButton()
    dialog.buttons.addButton(dialog.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.buttons.addButton(dialog.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
    dialog.ok_button.setDefault(True)
    dialog.ok_button.clicked.connect(dialog.submit)
    dialog.cancel_button.clicked.connect(dialog.cancel)
    layout.addWidget(dialog.buttons)
    dialog.work = BusyWork(session, dialog.busy, dialog.ok_button, dialog.say, dialog._done, dialog._failed,
                           parent=dialog)
    session.locking.connect(dialog.cancel)
