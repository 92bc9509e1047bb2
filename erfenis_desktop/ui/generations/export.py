"""The generations as a file: a designed document, never a picture of the screen.

Like the dans (ui/dans/dans_export.py, whose page machinery this uses): drawn with QPainter on
white in the light colours, whatever the screen's colour scheme and text size, in document
units of 1/96 inch:

- the PDF (A4): a title, the name and the date, the drawing at the column's width (its
  texts shortened only when the drawing would not fit on the first page), then every
  generation in words, in full, under “In your own words”, page after page (the text a
  screen reader or a search finds in the PDF);
- the PNG: the title, name, date and drawing as one A4 page at 150 dpi; when the drawing
  had to be shortened, the answers in full under it (the image then grows taller).

No buttons, no keyboard hints: only what the person wrote, and the question at the end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from erfenis_desktop.domain import generations as model

from ..dans import dans_export as paper
from ..dans.dans_export import MUTED, Block, Fonts, _text
from .canvas import fonts_for, measure_with, paint_drawing


def _drawing_fonts(fonts: Fonts) -> dict[str, QFont]:
    return fonts_for(fonts.body)


def _drawing(page, fonts: Fonts, width: float, room: float) -> tuple[Block, bool]:
    """The drawing at ``width``, its texts cut to fewer lines until it fits ``room``; and
    whether anything was cut."""
    from ..common import theme

    lang = page._prefs.language
    value = page.value()
    rows = page.service.rows(lang, value)
    drawing_fonts = _drawing_fonts(fonts)
    measure = measure_with(drawing_fonts)
    unit = drawing_fonts["text"].pixelSize() * 1.25
    question, line = page._t("pass_on.question"), page._t("drawing.line")
    shown, shortened = rows, False
    drawing = model.layout(shown, question, value.pass_on, line, width, unit, measure)
    line_height = measure("X", "text", width)
    for lines in (10, 8, 6, 5, 4, 3, 2, 1):
        if drawing.height <= room:
            break
        shown = model.shortened_rows(rows, lines, width, unit, line_height, measure)
        shortened = shown != rows
        drawing = model.layout(shown, question, value.pass_on, line, width, unit, measure)
    palette = theme.palette(False)

    def draw(p: QPainter, x: float, y: float) -> None:
        p.save()
        p.translate(x, y)
        paint_drawing(p, drawing, drawing_fonts, palette)
        p.restore()

    return Block(drawing.height, draw), shortened


def _document(page, fonts: Fonts, width: float, page_h: float, full: bool) -> list[Block]:
    """The title, name and date, the drawing; with ``full`` (or when the drawing had to be
    shortened) every answer in full after it."""
    name = page._session.current.profile.name if page._session.current is not None else ""
    blocks = _text(page._t("drawing.title"), fonts.title, width)
    blocks += _text(" · ".join(t for t in (name, paper._date()) if t), fonts.meta, width, MUTED, before=4)
    room = page_h - sum(b.before + b.height for b in blocks) - 16
    drawing, shortened = _drawing(page, fonts, width, room)
    drawing.before = 16
    blocks.append(drawing)
    if shortened:
        note = QCoreApplication.translate("GenerationsPage", "Long answers are shortened in the drawing; each stands "
                                                            "in full below.")
        blocks += _text(note, fonts.note, width, MUTED, before=6)
    if shortened or full:
        blocks += _full(page, fonts, width)
    return blocks


def _full(page, fonts: Fonts, width: float) -> list[Block]:
    lang = page._prefs.language
    value = page.value()
    title = QCoreApplication.translate("GenerationsPage", "In your own words")
    blocks = _text(title, fonts.section, width, before=28, keep_with_next=True)
    for row in page.service.rows(lang, value):
        blocks += _text(row.title, fonts.section, width, before=18, keep_with_next=True)
        for cell in row.cells:
            blocks += _text(cell.label, fonts.strong, width, before=8, keep_with_next=True)
            blocks += _text(cell.text, fonts.body if cell.state == model.WRITTEN else fonts.note, width,
                            paper.TEXT if cell.state == model.WRITTEN else MUTED, before=2)
    blocks += _text(page._t("pass_on.question"), fonts.section, width, before=18, keep_with_next=bool(
        value.pass_on.strip()))
    if value.pass_on.strip():
        blocks += _text(value.pass_on.strip(), fonts.body, width, before=4)
    return blocks


def pdf(page, target: Path) -> None:
    size = QPageSize(QPageSize.PageSizeId.A4)
    inches = size.size(QPageSize.Unit.Inch)
    margin = paper._margin()
    page_w, page_h = inches.width() * paper.UNITS - 2 * margin, inches.height() * paper.UNITS - 2 * margin
    _blocks, pages, fonts = paper._layout(lambda f, w, h: _document(page, f, w, h, full=True), page.font().family(),
                                          page_w, page_h)
    writer = QPdfWriter(str(target))
    writer.setResolution(paper.UNITS)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(page._t("drawing.title"))
    writer.setCreator("Erfenis")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, QCoreApplication.translate("GenerationsPage", "the PDF could not be written"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paper._paint_pages(painter, pages, margin, page_h, fonts, page_w, writer.newPage)
    finally:
        painter.end()
        del writer  # closes the file
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(0, QCoreApplication.translate("GenerationsPage", "the PDF could not be written"))


def png(page, target: Path) -> None:
    paper._image(lambda f, w, h: _document(page, f, w, h, full=False), page.font().family(),
                 QPageSize(QPageSize.PageSizeId.A4), False, target)
