"""Fields wide enough for what goes in them, at every text size.

A name of up to 40 characters or a whole recovery code should be seen whole while it is typed,
not scroll out of a field sized for a handful of letters. The width follows the field's own font,
so it grows with a live change of the text size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

#: What a recovery code looks like when it is typed whole: eight groups of four and seven dashes.
#: The characters of a code are all as wide in the typewriter font the field uses.
RECOVERY_CODE_SAMPLE = "-".join(["0000"] * 8)


class _AtLeast(QObject):
    def __init__(self, field: QLineEdit, sample: str, chars: int):
        super().__init__(field)
        self._field, self._sample, self._chars = field, sample, chars
        field.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        field = self._field
        fm = field.fontMetrics()
        text = max(fm.horizontalAdvance(self._sample), fm.averageCharWidth() * self._chars)
        margins = field.textMargins()
        frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
        # Room for the text, its margins and frame (QLineEdit keeps 2 px each side), and the cursor.
        field.setMinimumWidth(text + margins.left() + margins.right() + 2 * frame + 4 + fm.horizontalAdvance("0"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.apply()
        return False


def at_least(field: QLineEdit, chars: int = 0, sample: str = "") -> None:
    """Keep ``field`` at least ``chars`` average characters wide, or as wide as ``sample``."""
    _AtLeast(field, sample, chars)


def typewriter(widget: QWidget) -> None:
    """Every character as wide as the next (and 0 unlike O), at the text size around it: only
    the family is set, so the size still follows the application's text size."""
    font = QFont()
    font.setFamilies(["DejaVu Sans Mono", "Liberation Mono", "monospace"])
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    widget.setFont(font)
