"""No clipped text at 200 % text in high contrast, on every screen, in Dutch and in English.

The screens are those of tests/test_a11y_walk.py (``SCREENS``: one line there adds a screen to
both tests). The window is a laptop's 1280 × 800; every page scrolls what does not fit. On each
screen, for every text shown, it is computed whether the text fits where it is drawn:
- a label: its text (laid out as Qt lays it out, rich text too) within its contents; a label
  that wraps: the height it needs for its width (``heightForWidth``) within its height;
- a button, check box or option: its text and icon within the part the style draws them in
  (inside the frame);
- a line edit, spin box or combo box: a line of text in its height; a combo box's chosen text
  and a line edit's placeholder in their width (Qt would elide them: clipped, unless the
  tooltip or the accessible name gives the whole text);
- and no widget with text sticks out of what holds it (a layout squeezed below its minimum).
"""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)

from erfenis_desktop.ui.common import theme
from tests.test_a11y_walk import WORLDS, describe, visit

SIZE = (1280, 800)
SLACK = 1  # a pixel of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _whole_text_given(w: QWidget, text: str) -> bool:
    return any(text.strip() and text.strip() in t for t in (w.toolTip(), w.accessibleName(), w.accessibleDescription()))


def _label(w: QLabel) -> str | None:
    if not w.text().strip():
        return None
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + SLACK:
            return f"needs {need} px of height, has {w.height()}"
        return None
    inner = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
    rich = w.textFormat() == Qt.TextFormat.RichText or (
        w.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(w.text()))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(w.font())
        doc.setDocumentMargin(0)
        doc.setHtml(w.text())
        need = doc.size().toSize()
        need.setWidth(int(doc.idealWidth() + 0.99))
    else:
        # A label with a buddy shows its Alt letter underlined, not as "&".
        flags = int(w.alignment()) | int(Qt.TextFlag.TextShowMnemonic if w.buddy() is not None else 0)
        need = QFontMetrics(w.font()).boundingRect(QRect(0, 0, 100000, 100000), flags, w.text()).size()
    if need.width() > inner.width() + SLACK or need.height() > inner.height() + SLACK:
        return f"text {need.width()}×{need.height()} in {inner.width()}×{inner.height()}"
    return None


def _button(w: QAbstractButton) -> str | None:
    text = _plain(w.text())
    if not text.strip():
        return None
    option = QStyleOptionButton()
    option.initFrom(w)
    option.text = w.text()
    option.icon = w.icon()
    option.iconSize = w.iconSize()
    style = w.style()
    element = None
    if isinstance(w, QCheckBox):
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(w, QRadioButton):
        element = QStyle.SubElement.SE_RadioButtonContents
    elif isinstance(w, QPushButton):
        element = QStyle.SubElement.SE_PushButtonContents
    if element is None:  # a tool button and the like: its whole rect, less a frame
        inner = w.rect().adjusted(2, 2, -2, -2)
    else:
        inner = style.subElementRect(element, option, w)
    fm = QFontMetrics(w.font())
    width = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    height = fm.height() * (text.count("\n") + 1)
    if not w.icon().isNull():
        width += w.iconSize().width() + 4
    if width > inner.width() + SLACK or height > inner.height() + SLACK:
        return f"text {width}×{height} in {inner.width()}×{inner.height()}"
    if not w.icon().isNull() and w.iconSize().height() > inner.height() + SLACK:
        return f"icon {w.iconSize().height()} px high over the frame of {inner.height()} px"
    return None


def _line(w: QWidget) -> str | None:
    fm = QFontMetrics(w.font())
    inner = w.contentsRect()
    if fm.height() > inner.height() + SLACK:
        return f"a line of text ({fm.height()} px) in {inner.height()} px"
    if isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
        room = inner.width() - 6
        if fm.horizontalAdvance(w.placeholderText()) > room and not _whole_text_given(w, w.placeholderText()):
            return f"placeholder {fm.horizontalAdvance(w.placeholderText())} px in {room} px"
    if isinstance(w, QComboBox) and w.currentText():
        option = QStyleOptionComboBox()
        option.initFrom(w)
        option.editable = w.isEditable()
        field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, w)
        need = fm.horizontalAdvance(w.currentText())
        if not w.itemIcon(w.currentIndex()).isNull():
            need += w.iconSize().width() + 4
        if need > field.width() + SLACK and not _whole_text_given(w, w.currentText()):
            return f"chosen text {need} px in {field.width()} px"
    return None


def _sticks_out(w: QWidget, root: QWidget) -> str | None:
    """Part of ``w`` lies outside what holds it (up to a scrolled viewport, which scrolls)."""
    rect = QRect(QPoint(0, 0), w.size())
    child = w
    parent = w.parentWidget()
    while parent is not None and child is not root:
        rect = rect.translated(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return None  # inside a page that scrolls
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return f"cut off by {type(parent).__name__}#{parent.objectName()} ({parent.width()}×{parent.height()})"
        child, parent = parent, parent.parentWidget()
    return None


def clipped(root: QWidget) -> list[str]:
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or (w.isWindow() and w is not root):
            continue
        problem = None
        if isinstance(w, QLabel):
            problem = _label(w)
        elif isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QAbstractSpinBox):
            problem = _button(w)
        elif isinstance(w, (QLineEdit, QComboBox, QAbstractSpinBox)) and not isinstance(w.parentWidget(),
                                                                                        (QComboBox, QAbstractSpinBox)):
            problem = _line(w)
        has_text = isinstance(w, (QLabel, QAbstractButton, QLineEdit, QComboBox)) and bool(
            getattr(w, "text", lambda: "")() if not isinstance(w, QComboBox) else w.currentText())
        if problem is None and has_text and w is not root:
            problem = _sticks_out(w, root)
        if problem:
            found.append(f"{describe(w)}: {problem}")
    return found


def _apply(qapp, erfenis) -> None:
    if erfenis.prefs is not None:
        erfenis.prefs.set_text_scale(200)
        erfenis.prefs.set_color_scheme("contrast")
    theme.apply(qapp, 200, "contrast")
    erfenis.window.resize(*SIZE)


@pytest.mark.parametrize("world", WORLDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_is_clipped_at_200_percent_in_high_contrast(start_app, data_dir, qtbot, dialogs, qapp, world, lang,
                                                           monkeypatch):
    import tests.test_a11y_walk as walk

    started = walk.start_world

    def start_big(*args):
        erfenis = started(*args)
        _apply(qapp, erfenis)
        return erfenis

    monkeypatch.setattr(walk, "start_world", start_big)
    findings: dict[str, list[str]] = {}
    try:
        for screen, root in visit(start_app, data_dir, qtbot, dialogs, world, lang):
            whole = root.window()  # the page with the window's header and menus
            try:  # a page just shown is laid out over a few turns of the event loop
                qtbot.waitUntil(lambda whole=whole: not clipped(whole), timeout=2000)
            except qtbot.TimeoutError:
                pass
            found = clipped(whole)
            if found:
                findings[screen.name] = found
    finally:
        theme.apply(qapp, 100, "light")
    assert findings == {}, "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in findings.items())


def test_high_contrast_is_black_on_white_and_offered_in_settings(start_app, qapp):
    erfenis = start_app("--lang", "nl")
    settings = erfenis.window.settings
    labels = [settings.scheme.itemText(i) for i in range(settings.scheme.count())]
    assert "Hoog contrast" in labels or "High contrast" in labels  # (the Dutch once translated)
    settings.scheme.setCurrentIndex(settings.scheme.findData("contrast"))
    try:
        assert erfenis.prefs.color_scheme == "contrast"
        palette = qapp.palette()
        assert palette.color(QPalette.ColorRole.Window).name() == "#ffffff"
        assert palette.color(QPalette.ColorRole.WindowText).name() == "#000000"
        assert palette.color(QPalette.ColorRole.Text).name() == "#000000"
    finally:
        theme.apply(qapp, 100, "light")


def test_the_measure_finds_a_clipped_label_button_and_squeezed_widget(qtbot):
    from PySide6.QtWidgets import QVBoxLayout

    page = QWidget()
    layout = QVBoxLayout(page)
    label, wrapped, button = QLabel("Een heel lange zin die niet past"), QLabel("kort"), QPushButton("Opslaan")
    wrapped.setWordWrap(True)
    for w in (label, wrapped, button):
        layout.addWidget(w)
    qtbot.addWidget(page)
    page.resize(600, 300)
    page.show()
    qtbot.waitExposed(page)
    assert clipped(page) == []
    label.setFixedWidth(40)
    wrapped.setText("Een heel lange zin die over meer regels moet lopen " * 3)
    wrapped.setFixedHeight(wrapped.fontMetrics().height())
    button.setFixedWidth(20)
    qtbot.waitUntil(lambda: label.width() == 40 and button.width() == 20)
    found = "\n".join(clipped(page))
    assert "Een heel lange zin die niet" in found and "needs" in found and "'Opslaan'" in found
