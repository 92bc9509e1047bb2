"""Worksheets on paper: services/worksheets.py's content drawn as a clean A4 PDF.

Drawn with QPainter in the dans PDF's own way (ui/dans/dans_export.py: blocks of text that flow
from page to page, a heading kept with what follows, document units of 1/96 inch), on
white, whatever the screen's colours: a line for a name and a date, the title, a short
explanation, the questions with ruled lines to write on (a row of numbers to circle for a
scale, words to circle where the exercise offers them), the phrase cards in boxes to cut
out, and for our dance a loop of four boxes. Every worksheet starts on a page of its own;
each page has a quiet footer and its number. Nothing anyone typed is on it.

``save`` asks first (ui/common/exports.py), then where (ui/common/dialogs.py), then writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter, QPen
from PySide6.QtWidgets import QWidget

from erfenis_desktop.services.worksheets import Card, Question, Section, Worksheet
from erfenis_desktop.ui.dans.dans_export import MUTED, TEXT, UNITS, Block, Fonts, _margin, _paginate, _space, _text

RULE = QColor("#b9b0a6")  # the ruled lines: visible on paper, quieter than the text
LINE_GAP = 30.0  # room for one handwritten line (8 mm)
CUT = QColor("#8a8178")



def _rules(lines: int, width: float) -> Block:
    def draw(p: QPainter, x: float, y: float) -> None:
        p.setPen(QPen(RULE, 0.8))
        for i in range(1, lines + 1):
            p.drawLine(QPointF(x, y + i * LINE_GAP), QPointF(x + width, y + i * LINE_GAP))

    return Block(lines * LINE_GAP + 4, draw)


def _scale(q: Question, fonts: Fonts, width: float) -> Block:
    low, high = q.scale
    numbers = list(range(low, high + 1))
    size = 26.0
    step = min(44.0, (width * 0.7) / len(numbers))

    def draw(p: QPainter, x: float, y: float) -> None:
        p.setFont(fonts.body)
        for i, n in enumerate(numbers):
            box = QRectF(x + i * step, y + 4, size, size)
            p.setPen(QPen(RULE, 1.0))
            p.drawEllipse(box)
            p.setPen(TEXT)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(n))
        if q.extra:
            left = x + len(numbers) * step + 16
            p.setPen(QPen(RULE, 1.0))
            p.drawRect(QRectF(left, y + 10, 14, 14))
            p.setPen(TEXT)
            p.drawText(QRectF(left + 22, y + 4, width - (left + 22 - x), size),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, q.extra)

    return Block(size + 12, draw)


def _question(number: int, q: Question, fonts: Fonts, width: float, words_hint: str) -> list[Block]:
    blocks = _text(f"{number}. {q.text}", fonts.strong, width, before=16, keep_with_next=True)
    if q.help:
        blocks += _text(q.help, fonts.note, width, MUTED, before=2, keep_with_next=True)
    if q.words:
        blocks += _text(words_hint, fonts.note, width, MUTED, before=4, keep_with_next=True)
        blocks += _text("   ·   ".join(q.words), fonts.body, width, before=2, keep_with_next=bool(q.lines or q.scale))
    if q.scale:
        blocks.append(_scale(q, fonts, width))
    if q.lines:
        blocks.append(_rules(q.lines, width))
    return blocks


def _card_box(card: Card, fonts: Fonts, width: float) -> tuple[float, callable]:
    pad = 12.0
    inner = width - 2 * pad
    parts = _text(card.title, fonts.strong, inner) if card.phrase else []
    parts += _text(card.phrase or card.title, fonts.section, inner, before=4 if card.phrase else 0)
    for i, line in enumerate(t for t in card.note.split("\n") if t.strip()):
        parts += _text(line, fonts.meta, inner, MUTED, before=6 if i == 0 else 2)
    height = sum(b.before + b.height for b in parts) + 2 * pad

    def draw(p: QPainter, x: float, y: float, h: float) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, y, width, h), 8, 8)
        p.setPen(QPen(CUT, 1.0, Qt.PenStyle.DashLine))  # a line to cut along
        p.drawPath(path)
        top = y + pad
        for block in parts:
            top += block.before
            block.draw(p, x + pad, top)
            top += block.height

    return height, draw


def _cards(cards: Sequence[Card], fonts: Fonts, width: float) -> list[Block]:
    """The cards two by two, each row as tall as its taller card."""
    gap = 12.0
    column = (width - gap) / 2
    blocks = []
    for i in range(0, len(cards), 2):
        row = [_card_box(c, fonts, column) for c in cards[i:i + 2]]
        height = max(h for h, _d in row)

        def draw(p: QPainter, x: float, y: float, row=row, height=height) -> None:
            for j, (_h, paint) in enumerate(row):
                paint(p, x + j * (column + gap), y, height)

        blocks.append(Block(height, draw, before=gap))
    return blocks


def _loop(boxes: Sequence[str], fonts: Fonts, width: float) -> Block:
    """Four boxes in a circle, clockwise, with arrows; each with its question and room to write."""
    gap, box_h = 48.0, 150.0
    box_w = (width - gap) / 2
    places = [(0, 0), (1, 0), (1, 1), (0, 1)]  # top left, top right, bottom right, bottom left

    def draw(p: QPainter, x: float, y: float) -> None:
        for (col, row), label in zip(places, boxes):
            rect = QRectF(x + col * (box_w + gap), y + row * (box_h + gap), box_w, box_h)
            p.setPen(QPen(TEXT, 1.2))
            p.drawRoundedRect(rect, 10, 10)
            top = rect.top() + 8
            for block in _text(label, fonts.meta, box_w - 16, MUTED):
                block.draw(p, rect.left() + 8, top)
                top += block.height
        p.setPen(QPen(TEXT, 1.6))
        mid_x, mid_y = x + box_w + gap / 2, y + box_h + gap / 2
        arrows = [((x + box_w + 6, y + box_h / 2), (x + box_w + gap - 6, y + box_h / 2)),  # → top
                  ((mid_x + gap / 2 + box_w / 2, y + box_h + 6), (mid_x + gap / 2 + box_w / 2, y + box_h + gap - 6)),
                  ((x + box_w + gap - 6, mid_y + gap / 2 + box_h / 2), (x + box_w + 6, mid_y + gap / 2 + box_h / 2)),
                  ((x + box_w / 2, y + box_h + gap - 6), (x + box_w / 2, y + box_h + 6))]  # ↑ back to the first
        for (x1, y1), (x2, y2) in arrows:
            p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            dx, dy = (x2 - x1), (y2 - y1)
            length = max(1.0, (dx * dx + dy * dy) ** 0.5)
            ux, uy = dx / length, dy / length
            for side in (1, -1):
                p.drawLine(QPointF(x2, y2), QPointF(x2 - 9 * ux + side * 5 * uy, y2 - 9 * uy - side * 5 * ux))

    return Block(2 * box_h + gap, draw, before=10)


def _header(sheet: Worksheet, fonts: Fonts, width: float) -> list[Block]:
    labels = sheet.labels

    def draw(p: QPainter, x: float, y: float) -> None:
        p.setFont(fonts.meta)
        half = width / 2
        for i, label in enumerate((labels["name_line"], labels["date_line"])):
            left = x + i * (half + 12)
            p.setPen(MUTED)
            p.drawText(QRectF(left, y, half, 22), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
            advance = p.fontMetrics().horizontalAdvance(label) + 8
            p.setPen(QPen(RULE, 0.8))
            p.drawLine(QPointF(left + advance, y + 20), QPointF(left + half - 12, y + 20))

    blocks = [Block(26, draw)]
    blocks += _text(sheet.title, fonts.title, width, before=14)
    blocks += _text(sheet.explain, fonts.body, width, before=8)
    if sheet.person_line:
        blocks += _text(sheet.person_line, fonts.strong, width, before=14, keep_with_next=True)
        blocks.append(_rules(1, width))
    return blocks


def _section(section: Section, number: int, fonts: Fonts, width: float, labels: dict[str, str]) -> list[Block]:
    blocks: list[Block] = []
    if section.title:
        blocks += _text(section.title, fonts.section, width, before=24, keep_with_next=True)
    for paragraph in (t.strip() for t in section.intro.split("\n\n") if t.strip()):
        blocks += _text(paragraph, fonts.note, width, MUTED, before=6,
                        keep_with_next=bool(section.questions or section.cards or section.loop))
    if section.loop:
        blocks.append(_loop(section.loop, fonts, width))
    if section.cards:
        if section.cards_title:
            blocks += _text(section.cards_title, fonts.section, width, before=20, keep_with_next=True)
            blocks += _text(labels["cards_hint"], fonts.note, width, MUTED, before=2, keep_with_next=True)
        blocks += _cards(section.cards, fonts, width)
    for i, q in enumerate(section.questions):
        blocks += _question(number + i, q, fonts, width, labels["words_hint"])
    return blocks


def layout(sheet: Worksheet, fonts: Fonts, width: float) -> list[Block]:
    blocks = _header(sheet, fonts, width)
    number = 1
    for section in sheet.sections:
        blocks += _section(section, number, fonts, width, sheet.labels)
        number += len(section.questions)
    return blocks


def write_pdf(sheets: Sequence[Worksheet], target: Path, title: str, family: str) -> None:
    """Every sheet from a new page, on A4, into ``target``; OSError when it cannot be written."""
    size = QPageSize(QPageSize.PageSizeId.A4)
    inches = size.size(QPageSize.Unit.Inch)
    margin = _margin()
    page_w, page_h = inches.width() * UNITS - 2 * margin, inches.height() * UNITS - 2 * margin
    fonts = Fonts(family)
    pages = []  # (sheet, its page, the page's number on that sheet, how many pages the sheet has)
    for sheet in sheets:
        own = _paginate(layout(sheet, fonts, page_w) + [_space(1)], page_h)
        pages += [(sheet, page, i + 1, len(own)) for i, page in enumerate(own)]
    writer = QPdfWriter(str(target))
    writer.setResolution(UNITS)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Erfenis")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, QCoreApplication.translate("Worksheets", "the PDF could not be written"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, (sheet, page, on_sheet, sheet_pages) in enumerate(pages):
            if number:
                writer.newPage()
            for block, y in page:
                block.draw(painter, margin, margin + y)
            painter.setPen(MUTED)
            painter.setFont(fonts.meta)
            foot = QRectF(margin, margin + page_h + 6, page_w, margin - 6)
            room = page_w - painter.fontMetrics().horizontalAdvance("00 / 00") - 16  # never under the number
            footer = painter.fontMetrics().elidedText(sheet.labels["footer"], Qt.TextElideMode.ElideRight, round(room))
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, footer)
            if sheet_pages > 1:  # numbered per worksheet: each sheet is copied and handed out on its own
                painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{on_sheet} / {sheet_pages}")
    finally:
        painter.end()
        del writer
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(0, QCoreApplication.translate("Worksheets", "the PDF could not be written"))


def _font_family(widget: QWidget | None) -> str:
    return (widget.font() if widget is not None else QFont()).family()


def save(parent: QWidget | None, dialogs, sheets: Sequence[Worksheet], file_stem: str, title: str) -> Path | None:
    """Ask (what is in it: only Erfenis's questions, nobody's writing), ask where, and write.
    Returns where it was saved, None when the person stopped; OSError when writing failed."""
    from erfenis_desktop.ui.common.exports import confirm_export

    if not sheets:
        return None
    languages = {"nl": QCoreApplication.translate("Worksheets", "Dutch"),
                 "en": QCoreApplication.translate("Worksheets", "English")}
    language = languages.get(sheets[0].lang, sheets[0].lang)
    on_paper = QCoreApplication.translate("Worksheets", "In %1, on A4 paper")
    contents = [s.title for s in sheets] + [on_paper.replace("%1", language)]
    holds = QCoreApplication.translate("Worksheets",
                "It holds nobody’s writing: only the exercises’ questions and texts, with room to write. This is "
                "what will be in the file:")
    title = QCoreApplication.translate("Worksheets", "Save worksheets as a PDF?")
    if not confirm_export(dialogs, parent, title, holds, contents):
        return None
    target = dialogs.save_file(parent, QCoreApplication.translate("Worksheets", "Save the worksheets"),
                               Path.home() / f"{file_stem}.pdf",
                               QCoreApplication.translate("Worksheets", "PDF files (*.pdf)"))
    if target is None:
        return None
    target = Path(target)
    write_pdf(sheets, target, title, _font_family(parent))
    return target


def save_programme(parent: QWidget | None, dialogs, service, lang: str, programme, part=None) -> Path | None:
    """The worksheet of ``part`` (of a programme's part), or of every part of ``programme`` when
    ``part`` is None, in ``lang``, saved through ``save``. None when there is nothing to save."""
    if part is None:
        sheets = service.for_programme(lang, programme)
    else:
        sheet = service.for_part(lang, part)
        sheets = [sheet] if sheet is not None else []
    if not sheets:
        return None
    stem = QCoreApplication.translate("Worksheets", "worksheets") if part is None else sheets[0].title
    stem = "".join(c if c.isalnum() or c in " -_" else "-" for c in stem).strip() or "worksheets"
    return save(parent, dialogs, sheets, stem, programme.name or stem)
