"""The dans as a file: a PNG of what is on screen, or a PDF of the picture and every step."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument


def png(page, target: Path) -> None:
    """The picture as shown (or the step on screen, in the step-through)."""
    widget = page.steps_view if page.stack.currentWidget() is page.steps_view else page.view.widget()
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(0, QCoreApplication.translate("DansPage", "the image could not be written"))


def _document(html: str, width: float, font) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def pdf(page, target: Path) -> None:
    """Page one: the title, the sentences and the loop; then one page per step with its way out."""
    writer = QPdfWriter(str(target))
    writer.setResolution(96)  # the same units as the screen: the drawing keeps its proportions
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(page.title.text())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(96))
        width = area.width()
        head = f"<h1>{escape(page.title.text())}</h1>" + "".join(
            f"<p>{escape(s)}</p>" for s in page.sentences.text().split("\n\n") if s.strip())
        notes = page.notes.text() if page.notes.isVisible() else ""
        head += "".join(f"<p><i>{escape(n)}</i></p>" for n in notes.split("\n\n") if n.strip())
        doc = _document(head, width, page.font())
        doc.drawContents(painter)
        y = doc.size().height() + 12
        canvas = page.canvas
        if canvas.steps:
            painter.save()
            painter.translate(QPointF(0, y))
            canvas.paint(painter, width)
            painter.restore()
        boxes, exits = page.steps_view.steps, page.steps_view.exits
        if not boxes:
            boxes = page.step_boxes()
            exits = [page.service_exits(i) for i in range(2)] if boxes else []
        for i, box in enumerate(boxes):
            writer.newPage()
            html = (f"<p>{escape(page.steps_view.counter_text(i, len(boxes)))}"
                    f"</p><h1>{escape(box.title)}</h1><h2>{escape(box.text)}</h2>"
                    + "".join(f"<p>– {escape(e)}</p>" for e in exits[box.owner])
                    + f"<p><i>{escape(page._t('exits.discomfort'))}</i></p>")
            _document(html, width, page.font()).drawContents(painter)
    finally:
        painter.end()
