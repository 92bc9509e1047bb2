"""Fonts, text size and light or dark colours for the whole application."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Our own warm colours; both palettes keep body text at a contrast of at least 7:1.
_LIGHT = {
    QPalette.ColorRole.Window: "#f7f3ee",
    QPalette.ColorRole.WindowText: "#1f1b18",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efe8df",
    QPalette.ColorRole.Text: "#1f1b18",
    QPalette.ColorRole.Button: "#ece4da",
    QPalette.ColorRole.ButtonText: "#1f1b18",
    QPalette.ColorRole.Highlight: "#8a3b12",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#fffdf8",
    QPalette.ColorRole.ToolTipText: "#1f1b18",
    QPalette.ColorRole.PlaceholderText: "#6b625a",
    QPalette.ColorRole.Link: "#8a3b12",
    QPalette.ColorRole.Mid: "#b9ad9f",
}
_DARK = {
    QPalette.ColorRole.Window: "#1d1a18",
    QPalette.ColorRole.WindowText: "#f2ece6",
    QPalette.ColorRole.Base: "#262220",
    QPalette.ColorRole.AlternateBase: "#2e2926",
    QPalette.ColorRole.Text: "#f2ece6",
    QPalette.ColorRole.Button: "#342f2b",
    QPalette.ColorRole.ButtonText: "#f2ece6",
    QPalette.ColorRole.Highlight: "#f0a06a",
    QPalette.ColorRole.HighlightedText: "#1d1a18",
    QPalette.ColorRole.ToolTipBase: "#342f2b",
    QPalette.ColorRole.ToolTipText: "#f2ece6",
    QPalette.ColorRole.PlaceholderText: "#a89d92",
    QPalette.ColorRole.Link: "#f0a06a",
    QPalette.ColorRole.Mid: "#5a524b",
}

# High contrast: black on white, every line and border black, one dark blue for what is chosen
# or has focus (body text 21:1; the blue and the red at least 7:1 on white).
_CONTRAST = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f0f0",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.Highlight: "#00007a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#3d3d3d",
    QPalette.ColorRole.Link: "#00007a",
    QPalette.ColorRole.Mid: "#000000",
}

_base_point_size: float | None = None


def is_dark(scheme: str) -> bool:
    if scheme == "dark":
        return True
    if scheme in ("light", "contrast"):
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(dark: bool, contrast: bool = False) -> QPalette:
    pal = QPalette()
    for role, colour in (_CONTRAST if contrast else _DARK if dark else _LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor("#595959") if contrast else QColor("#8c837b") if dark else QColor("#857b72")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


# Scroll bars: a flat groove and a flat handle (Fusion paints both with gradients, line by line),
# no arrows. The handle at least 3:1 against its groove (WCAG, for a part of a control), darker on
# hover, the accent while dragged. Groove, handle, hover, dragged, and the groove's edge.
_BARS = {
    "light": ("#efe8df", "#857b72", "#6b625a", "#8a3b12", "#efe8df"),
    "dark": ("#2e2926", "#8a7f76", "#a89d92", "#f0a06a", "#2e2926"),
    "contrast": ("#ffffff", "#3d3d3d", "#00007a", "#00007a", "#000000"),
}


def _scroll_bars(point_size: float, dark: bool, contrast: bool) -> str:
    groove, handle, hover, pressed, edge = _BARS["contrast" if contrast else "dark" if dark else "light"]
    # 14 px at 11 pt, growing with the text: a handle of at least 10 px to grab.
    width = max(14, round(point_size * 1.3))
    inset = 2
    # High contrast: a black line between page and bar, and a black frame round the handle.
    line = 2 if contrast else 0
    frame = f"{line}px solid #000000" if contrast else "none"
    grab = width - 2 * inset
    length = max(24, round(point_size * 2.6))
    return f"""
QScrollBar:vertical {{ background: {groove}; width: {width}px; margin: 0px; border: none;
    border-left: 1px solid {edge}; }}
QScrollBar:horizontal {{ background: {groove}; height: {width}px; margin: 0px; border: none;
    border-top: 1px solid {edge}; }}
QScrollBar::handle {{ background: {handle}; border: {frame}; border-radius: {grab // 2}px; }}
QScrollBar::handle:vertical {{ min-height: {length}px; margin: {inset}px {inset}px {inset}px {inset - 1}px; }}
QScrollBar::handle:horizontal {{ min-width: {length}px; margin: {inset - 1}px {inset}px {inset}px {inset}px; }}
QScrollBar::handle:hover {{ background: {hover}; }}
QScrollBar::handle:pressed {{ background: {pressed}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ border: none; background: none; width: 0px; height: 0px; }}
QScrollBar::up-arrow, QScrollBar::down-arrow, QScrollBar::left-arrow, QScrollBar::right-arrow {{
    background: none; border: none; width: 0px; height: 0px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; border: none; }}
QAbstractScrollArea::corner {{ background: {groove}; border: none; }}
"""


def _stylesheet(point_size: float, dark: bool, contrast: bool = False) -> str:
    colours = _CONTRAST if contrast else _DARK if dark else _LIGHT
    accent = colours[QPalette.ColorRole.Highlight]
    card = "#ffffff" if contrast else "#2b2623" if dark else "#fffaf4"
    border = "#000000" if contrast else "#5a524b" if dark else "#d8cdbf"
    button, text = colours[QPalette.ColorRole.Button], colours[QPalette.ColorRole.ButtonText]
    base = colours[QPalette.ColorRole.Base]
    on_accent = colours[QPalette.ColorRole.HighlightedText]  # the page you are on, in the header
    warning = "#9a0000" if contrast else "#ff9e8f" if dark else "#a12a1f"  # at least 4.5:1 on their page colour
    field_border = "#000000" if contrast else "#8a7f76" if dark else "#8c7f72"  # at least 3:1 against page and field
    indicator = max(12, round(point_size * 1.4))
    radius = indicator // 2 + 1
    bars = _scroll_bars(point_size, dark, contrast)
    # High contrast: a black frame round every button (Fusion's own is light grey), as much
    # room inside with focus (a 3 px frame) as without, so nothing moves; after the rules
    # below, which the header's buttons and links override as before.
    strong = f"""
QPushButton {{ border: 1px solid {text}; border-radius: 4px; padding: 2px 6px; background: {button}; color: {text}; }}
QPushButton:focus {{ border: 3px solid {accent}; padding: 0px 4px; }}
QPushButton:checked, QPushButton:checked:focus {{ background: {accent}; color: {on_accent}; }}
QPushButton:disabled {{ border-color: {colours[QPalette.ColorRole.PlaceholderText]}; }}
""" if contrast else ""
    return f"""
QLabel#heading {{ font-size: {point_size * 1.7:.1f}pt; font-weight: 600; }}
QLabel#subheading {{ font-size: {point_size * 1.2:.1f}pt; }}
QLabel#question {{ font-size: {point_size * 1.35:.1f}pt; }}
QLabel#nudge {{ color: {accent}; font-style: italic; }}
QLabel#appname {{ font-size: {point_size * 1.25:.1f}pt; font-weight: 700; color: {accent}; }}
QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
QLabel#inlineMessage {{ color: {warning}; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QListView {{ border: 1px solid {field_border}; border-radius: 3px;
    background: {base}; padding: 2px; }}
QLineEdit:focus, QPlainTextEdit:focus, QListView:focus {{ border: 2px solid {accent}; padding: 1px; }}
QPushButton#link {{ color: {accent}; text-decoration: underline; border: none; background: transparent;
    padding: 2px; }}
QPushButton#link:focus {{ border: 2px solid {accent}; border-radius: 4px; }}
QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; border-radius: {radius}px;
    border: 2px solid {field_border}; background: {base}; }}
QRadioButton::indicator:checked {{ border: 2px solid {accent};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {accent},
                                stop:0.45 {accent}, stop:0.55 {base}, stop:1 {base}); }}
QRadioButton::indicator:focus {{ border: 2px solid {accent}; }}
QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; border-radius: 3px;
    border: 2px solid {field_border}; background: {base}; }}
QCheckBox::indicator:checked {{ border: 2px solid {accent}; background: {accent}; }}
QCheckBox::indicator:focus, QCheckBox:focus {{ border: 2px solid {accent}; }}
QLabel#timer {{ font-size: {point_size * 2.2:.1f}pt; font-weight: 600; }}
QLabel#stepTitle {{ font-size: {point_size * 2.2:.1f}pt; font-weight: 600; }}
QLabel#stepText {{ font-size: {point_size * 1.8:.1f}pt; }}
QLabel#stepExits {{ font-size: {point_size * 1.25:.1f}pt; }}
QLabel#fingerprint {{ font-size: {point_size * 1.2:.1f}pt; font-weight: 600; }}
QPushButton:focus {{ border: 2px solid {accent}; border-radius: 4px; padding: 0px 2px;
                     background: {button}; color: {text}; }}
QPushButton#destructive {{ color: {warning}; font-weight: 600; }}
QWidget#header QPushButton {{ border: 1px solid {field_border}; border-radius: 4px; padding: 3px 10px;
                              background: {button}; color: {text}; }}
QWidget#header QPushButton:hover {{ border-color: {accent}; }}
QWidget#header QPushButton:checked {{ background: {accent}; color: {on_accent}; border-color: {accent}; }}
QWidget#header QPushButton:focus {{ border: 2px solid {accent}; padding: 2px 9px; }}
QWidget#header QPushButton:checked:focus {{ border: 2px solid {text}; }}
""" + bars + strong


def apply(app: QApplication, text_scale: int, scheme: str) -> None:
    """Apply text size (100–200 %) and colours ("system", "light", "dark" or "contrast": high
    contrast) to every window at once."""
    global _base_point_size
    if _base_point_size is None:
        # Never below 11 pt: Erfenis is for reading and writing longer texts.
        _base_point_size = float(max(math.floor(app.font().pointSizeF() + 0.5), 11))
    app.setStyle("Fusion")
    dark = is_dark(scheme)
    # Whole points: fractional sizes measure a little narrower than they paint, which clips labels.
    size = float(math.floor(_base_point_size * text_scale / 100 + 0.5))
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    contrast = scheme == "contrast"
    app.setPalette(palette(dark, contrast))
    app.setStyleSheet(_stylesheet(size, dark, contrast))
