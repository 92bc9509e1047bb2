"""The dans as a file: a designed document, never a picture of the screen.

Both files are drawn with QPainter from what the page shows now (never from an earlier
state), on white, in the light colours, whatever the screen's colour scheme and text size:

- the PDF (A4): a title, the names and the date, the sentences, the loop, the axis and the
  bars at page width; then every step of the loop and each person's way out, flowing on
  from page to page (a heading stays with what follows it; no page is left nearly empty);
- the PNG: the same first part as one A4 page at 150 dpi (taller only when it cannot fit);
- from the step-through, the PNG is one step as a card (A5 landscape at 150 dpi).

The drawings are the view's own pieces (ui/dans/dans_canvas.py, ui/common/charts.py), made again at
the document's size: no buttons, no keyboard hints, no scaled-down screen grab.

Everything is laid out in document units of 1/96 inch with fonts sized in those units,
so a layout measured once paints the same on the PDF and on the image.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

#: Document units per inch (and the PDF's resolution): widgets and fonts measure in these.
UNITS = 96
#: The PNG's resolution.
PNG_DPI = 150
MARGIN_MM = 18.0
TEXT, MUTED = QColor("#1f1b18"), QColor("#6b625a")  # the light palette's text and muted text (7:1, 4.5:1)
#: A page filled less than this (the last page: LAST_FILL) counts as nearly empty.
PAGE_FILL, LAST_FILL = 0.5, 0.3
#: Smaller type is tried, down to this, before a page is left nearly empty.
SCALES = (1.0, 0.95, 0.9, 0.85, 0.8)



# Fonts ------------------------------------------------------------------------------------
class Fonts:
    """Every size in document units (pixels of 1/96 inch): 16 units is 12 pt on paper."""

    def __init__(self, family: str, scale: float = 1.0):
        def font(units: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(family)
            f.setPixelSize(max(9, round(units * scale)))
            f.setBold(bold)
            f.setItalic(italic)
            f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the same on paper and image
            return f

        self.title = font(32, bold=True)
        self.meta = font(14)
        self.section = font(20, bold=True)
        self.body = font(16)
        self.strong = font(16, bold=True)
        self.note = font(14, italic=True)
        self.drawing = font(14)  # the loop, the axis and the bars: 10.5 pt
        self.card_title = font(28, bold=True)
        self.card_text = font(24)


# Blocks and pages -----------------------------------------------------------------------------
@dataclass
class Block:
    """Something of a fixed height on the page, drawn at (x, y) in a column ``width`` wide."""

    height: float
    draw: Callable[[QPainter, float, float], None]
    before: float = 0.0  # room above it (not at the top of a page)
    keep_with_next: bool = False  # a heading, or a paragraph's first line


def _text(text: str, font: QFont, width: float, colour: QColor = TEXT, before: float = 0.0,
          keep_with_next: bool = False) -> list[Block]:
    """A paragraph as one block per line, so a long text flows on to the next page; its first
    line stays with its second."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines, y = [], 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines.append(line)
    layout.endLayout()
    blocks = []
    for i, line in enumerate(lines):
        def draw(p: QPainter, x: float, top: float, line=line, layout=layout) -> None:
            p.setPen(colour)
            line.draw(p, QPointF(x, top - line.y()))
        blocks.append(Block(line.height(), draw, before if i == 0 else 0.0,
                            keep_with_next or (i == 0 and len(lines) > 1)))
    return blocks


def _space(height: float) -> Block:
    return Block(height, lambda p, x, y: None)


def _widget(widget: QWidget, width: float, height: float) -> Block:
    """One of the view's drawings, made again at the document's size."""
    widget.resize(round(width), round(height))

    def draw(p: QPainter, x: float, y: float) -> None:
        p.save()
        p.translate(x, y)
        widget.render(p, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren)  # no window background
        p.restore()

    return Block(height, draw)


def _paginate(blocks: list[Block], page_h: float) -> list[list[tuple[Block, float]]]:
    """Blocks onto pages: a block that does not fit starts a new page, and so does a heading
    (or a first line) whose next block would not fit with it."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    for i, block in enumerate(blocks):
        need, j = block.height, i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            j += 1
            need += blocks[j].before + blocks[j].height
        before = block.before if pages[-1] else 0.0
        if pages[-1] and y + before + min(need, page_h) > page_h + 0.5:
            pages.append([])
            y, before = 0.0, 0.0
        pages[-1].append((block, y + before))
        y += before + block.height
    return pages


def _fill(page: list[tuple[Block, float]], page_h: float) -> float:
    return max((y + b.height for b, y in page), default=0.0) / page_h


def _well_filled(pages, page_h: float) -> bool:
    if len(pages) == 1:
        return True
    return all(_fill(p, page_h) >= PAGE_FILL for p in pages[:-1]) and _fill(pages[-1], page_h) >= LAST_FILL


# What goes on paper -------------------------------------------------------------------------
def _light(widget: QWidget, font: QFont) -> QWidget:
    from ..common import theme

    widget.setPalette(theme.palette(False))
    widget.setFont(font)
    return widget


def _date() -> str:
    return QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)


def _names(page) -> list[str]:
    return [p.name for p in page.data.people] if page.data is not None else []


def _paragraphs(text: str) -> list[str]:
    return [t.strip() for t in text.split("\n") if t.strip()]


def _shorten(text: str, font: QFont, width: float, lines: int) -> str:
    """``text`` in at most ``lines`` lines of ``width``: cut after a whole word, with “…”."""
    from .dans_canvas import text_height

    one = text_height("X", font, width)
    if text_height(text, font, width) <= one * lines + 0.5:
        return text
    words = text.split()
    low, high = 0, len(words)  # the most words that fit, with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_height(" ".join(words[:middle]) + " …", font, width) <= one * lines + 0.5:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …" if low else "…"


def _loop(page, fonts: Fonts, width: float, room: float) -> tuple[Block | None, bool]:
    """The loop at the page's width, and whether its texts had to be shortened to fit ``room``
    (then every step stands in full under “Step by step”)."""
    from .dans_canvas import LoopCanvas, StepBox

    steps = page.step_boxes()
    if not steps:
        return None, False
    canvas = _light(LoopCanvas(), fonts.drawing)
    colours = [c.name() for c in page.canvas.colours]
    canvas.set_steps(steps, colours)
    w = round(width)
    shortened = False
    if canvas.heightForWidth(w) > room:
        pad = canvas.fontMetrics().height() * 0.5
        inner = canvas._box_width(w, pad) - 2 * pad
        for lines in range(12, 0, -1):
            canvas.set_steps([StepBox(s.owner, s.title, _shorten(s.text, canvas.font(), inner, lines), s.missing)
                              for s in steps], colours)
            if canvas.heightForWidth(w) <= room:
                break
        shortened = True

    def draw(p: QPainter, x: float, y: float) -> None:
        p.save()
        p.translate(x, y)
        canvas.paint(p, w)
        p.restore()

    return Block(canvas.heightForWidth(w), draw), shortened


def _overview(page, fonts: Fonts, width: float, page_h: float) -> tuple[list[Block], bool]:
    """The title, who and when, the loop (always on the first page: texts too long for it are
    shortened there), the sentences, the axis and the bars; and whether the loop was shortened."""
    from ..common.charts import PursueWithdrawAxis
    from .dans_canvas import MirroredBars

    blocks = _text(page.title.text(), fonts.title, width)
    blocks += _text(" · ".join([" & ".join(_names(page)), _date()]), fonts.meta, width, MUTED, before=4)
    blocks += _text(page.intro.text(), fonts.note, width, MUTED, before=10)
    section = lambda title: _text(title, fonts.section, width, before=22, keep_with_next=True)  # noqa: E731
    heading = section(page.loop_title.text()) + [_space(6)]
    room = page_h - sum(b.before + b.height for b in blocks + heading)
    loop, shortened = _loop(page, fonts, width, room)
    if loop is not None:
        heading[-1].keep_with_next = True
        blocks += heading + [loop]
        if shortened:
            blocks += _text(QCoreApplication.translate("DansExport",
                                "Long texts are shortened in the drawing; every step stands in full under "
                                "‘Step by step’."), fonts.note, width, MUTED, before=6)
    for i, sentence in enumerate(_paragraphs(page.sentences.text())):
        blocks += _text(sentence, fonts.body, width, before=20 if i == 0 else 8)
    if page.notes.isVisibleTo(page) and page.notes.text():
        for note in _paragraphs(page.notes.text()):
            blocks += _text(note, fonts.note, width, MUTED, before=8)
    if any(value is not None for _n, value, _c in page.axis.markers):
        axis = _light(PursueWithdrawAxis(), fonts.drawing)
        axis.set_axis(page.axis.left_label, page.axis.right_label, page.axis.markers)
        blocks += section(page.axis_title.text())
        blocks.append(_widget(axis, width, axis.sizeHint().height()))
    if page.bars.rows:
        bars = _light(MirroredBars(), fonts.drawing)
        bars.set_rows(page.bars.rows, page.bars.names, [c.name() for c in page.bars.colours], page.bars.missing)
        blocks += section(page.contrast_title.text())
        blocks.append(_space(6))
        blocks[-2].keep_with_next = True
        blocks.append(_widget(bars, width, bars.sizeHint().height()))
        if page.bars_note.isVisibleTo(page) and page.bars_note.text():
            blocks[-1].keep_with_next = True  # why bars are empty stays with them
            for note in _paragraphs(page.bars_note.text()):
                blocks += _text(note, fonts.note, width, MUTED, before=6)
    return blocks, shortened


def _steps(page, fonts: Fonts, width: float) -> list[Block]:
    """Each step of the loop in words, in full."""
    steps = page.step_boxes()
    if not steps:
        return []
    blocks = _text(QCoreApplication.translate("DansExport", "Step by step"), fonts.section, width, before=28,
                   keep_with_next=True)
    for i, step in enumerate(steps):
        title = f"{page.steps_view.counter_text(i, len(steps))}: {step.title}"
        blocks += _text(title, fonts.strong, width, before=12, keep_with_next=True)
        blocks += _text(step.text, fonts.body, width, MUTED if step.missing else TEXT, before=2)
    return blocks


def _rest(page, fonts: Fonts, width: float) -> list[Block]:
    """Each person's way out (with what discomfort means, and that unfamiliar is not unsafe),
    and alone the relationship history."""
    blocks: list[Block] = []
    steps = page.step_boxes()
    names = _names(page)
    discomfort = page._t("exits.discomfort")
    safety = page._prefs.text("help", "safety.unfamiliar")
    for owner in sorted({s.owner for s in steps}):
        exits = page.service_exits(owner)
        if not exits or owner >= len(names):
            continue
        way_out = QCoreApplication.translate("StepThrough", "The way out for %1:").replace("%1", names[owner])
        blocks += _text(way_out, fonts.section, width, before=24, keep_with_next=True)
        for exit_text in exits:
            blocks += _text(f"– {exit_text}", fonts.body, width, before=6)
        blocks += _text(discomfort, fonts.note, width, MUTED, before=10, keep_with_next=True)
        blocks += _text(safety, fonts.strong, width, before=4)
    if len(names) == 1 and page.history_box.isVisibleTo(page):
        history = page._prefs.text("relationship_history", "intro.title")
        blocks += _text(history, fonts.section, width, before=28, keep_with_next=True)
        for field in page._prefs.text("relationship_history", "fields"):
            answer = str(page.data.history.get(field["id"], "")).strip()
            if answer:
                blocks += _text(field["label"], fonts.strong, width, before=12, keep_with_next=True)
                blocks += _text(answer, fonts.body, width, before=2)
    return blocks


def _step_card(page, fonts: Fonts, width: float) -> list[Block]:
    """One step of the step-through: whose step, in its writer's colour, and the way out."""
    from .dans_canvas import _tint

    view = page.steps_view
    step = view.steps[view.index]
    blocks = _text(" · ".join([page.title.text(), view.counter_text(view.index, len(view.steps)), _date()]),
                   fonts.meta, width, MUTED)
    colours = [QColor(c) for c in page.canvas.colours] if page.canvas.colours else [TEXT, TEXT]
    colour = colours[step.owner] if step.owner < len(colours) else MUTED
    pad = 18.0
    title = _text(step.title, fonts.card_title, width - 2 * pad)
    text = _text(step.text, fonts.card_text, width - 2 * pad, MUTED if step.missing else TEXT)
    inner = [(b, sum(x.height for x in title[:i])) for i, b in enumerate(title)]
    top = sum(b.height for b in title) + 8
    inner += [(b, top + sum(x.height for x in text[:i])) for i, b in enumerate(text)]
    height = top + sum(b.height for b in text) + 2 * pad

    def draw_card(p: QPainter, x: float, y: float) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, width, height), 10, 10)
        p.fillPath(path, _tint(colour, QColor("white"), 0.16))
        p.setPen(QPen(colour, 3))
        p.drawPath(path)
        for block, dy in inner:
            block.draw(p, x + pad, y + pad + dy)

    blocks.append(Block(height, draw_card, before=14))
    exits = view.exits[step.owner] if step.owner < len(view.exits) else []
    if exits:
        blocks += _text(QCoreApplication.translate("StepThrough", "The way out for %1:")
                        .replace("%1", view.names[step.owner]), fonts.section, width, before=20, keep_with_next=True)
        for exit_text in exits:
            blocks += _text(f"– {exit_text}", fonts.body, width, before=6)
    blocks += _text(page._t("exits.discomfort"), fonts.note, width, MUTED, before=14)
    blocks += _text(page._prefs.text("help", "safety.unfamiliar"), fonts.strong, width, before=4)
    return blocks


# Writing the files ----------------------------------------------------------------------------
def _layout(build: Callable[[Fonts, float, float], list[Block]], family: str, page_w: float, page_h: float,
            one_page: bool = False):
    """(blocks, pages, fonts) at the largest type that leaves no page nearly empty (or, for
    ``one_page``, that fits on one page); when none does, the first try (the last for one page)."""
    tries = []
    for scale in SCALES:
        fonts = Fonts(family, scale)
        blocks = build(fonts, page_w, page_h)
        pages = _paginate(blocks, page_h)
        tries.append((blocks, pages, fonts))
        if (len(pages) == 1) if one_page else _well_filled(pages, page_h):
            return tries[-1]
    return tries[-1] if one_page else tries[0]


def _margin() -> float:
    return MARGIN_MM / 25.4 * UNITS


def _paint_pages(p: QPainter, pages, margin: float, page_h: float, fonts: Fonts, page_w: float,
                 new_page: Callable[[], None] | None) -> None:
    for number, page in enumerate(pages):
        if number and new_page is not None:
            new_page()
        for block, y in page:
            block.draw(p, margin, margin + y)
        if len(pages) > 1 and new_page is not None:  # page numbers, in the bottom margin
            p.setPen(MUTED)
            p.setFont(fonts.meta)
            p.drawText(QRectF(margin, margin + page_h + 6, page_w, margin - 6),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{number + 1} / {len(pages)}")


def pdf(page, target: Path) -> None:
    """A4: the overview, then the steps, the ways out and (alone) the relationship history."""
    size = QPageSize(QPageSize.PageSizeId.A4)
    points = size.size(QPageSize.Unit.Inch)
    margin = _margin()
    page_w, page_h = points.width() * UNITS - 2 * margin, points.height() * UNITS - 2 * margin
    family = page.font().family()
    _blocks, pages, fonts = _layout(lambda f, width, height: _overview(page, f, width, height)[0]
                                    + _steps(page, f, width) + _rest(page, f, width), family, page_w, page_h)
    writer = QPdfWriter(str(target))
    writer.setResolution(UNITS)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(page.title.text())
    writer.setCreator("Erfenis")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_pages(painter, pages, margin, page_h, fonts, page_w, writer.newPage)
    finally:
        painter.end()
        del writer  # closes the file
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))


def _image(build: Callable[[Fonts, float, float], list[Block]], family: str, size: QPageSize, landscape: bool,
           target: Path) -> None:
    """One page of ``size`` at PNG_DPI, on white; taller when it cannot fit."""
    pixels = size.sizePixels(PNG_DPI).transposed() if landscape else size.sizePixels(PNG_DPI)
    ratio = PNG_DPI / UNITS
    margin = _margin()
    page_w, page_h = pixels.width() / ratio - 2 * margin, pixels.height() / ratio - 2 * margin
    blocks, pages, _fonts = _layout(build, family, page_w, page_h, one_page=True)
    content_h = sum(b.before + b.height for b in blocks) - blocks[0].before if len(pages) > 1 else page_h
    image = QImage(pixels.width(), max(pixels.height(), round((content_h + 2 * margin) * ratio)),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots = round(PNG_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(ratio, ratio)
    y = 0.0
    for i, block in enumerate(blocks):  # one long page
        y += block.before if i else 0.0
        block.draw(painter, margin, margin + y)
        y += block.height
    painter.end()
    if not image.save(str(target), "PNG"):
        raise OSError(0, QCoreApplication.translate("DansPage", "the image could not be written"))


def png(page, target: Path) -> None:
    """The overview as an A4 page; in the step-through, the step on screen as an A5 card."""
    family = page.font().family()
    if page.stack.currentWidget() is page.steps_view and page.steps_view.steps:
        _image(lambda fonts, width, _height: _step_card(page, fonts, width), family,
               QPageSize(QPageSize.PageSizeId.A5), True, target)
    else:
        def overview(fonts: Fonts, width: float, height: float) -> list[Block]:
            blocks, shortened = _overview(page, fonts, width, height)
            return blocks + (_steps(page, fonts, width) if shortened else [])  # nothing is lost

        _image(overview, family, QPageSize(QPageSize.PageSizeId.A4), False, target)
