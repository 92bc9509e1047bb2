"""The dans as a file: a PNG of what is on screen, or a PDF of the picture and every step.

Both are made from what the page shows now (never from an earlier state): the PDF is
one text document, so long texts flow onto further pages instead of being cut off,
with the drawings as images in light colours, whatever the screen's colour scheme.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSize, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: The drawings are made at this width (in screen pixels) and scaled to the page.
DRAWING_WIDTH = 1100


def png(page, target: Path) -> None:
    """The picture as shown (or the step on screen, in the step-through)."""
    widget = page.steps_view if page.stack.currentWidget() is page.steps_view else page.view.widget()
    if not widget.grab().save(str(target), "PNG"):
        raise OSError(0, QCoreApplication.translate("DansPage", "the image could not be written"))


def _light(widget, width: int, height: int) -> QImage:
    """A widget drawn on white in the light palette (a PDF is read on paper, not on a dark screen)."""
    from . import theme

    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    old_palette, old_size = widget.palette(), widget.size()
    widget.setPalette(theme.palette(False))
    widget.resize(width, height)
    widget.render(image)
    widget.resize(old_size)
    widget.setPalette(old_palette)
    return image


def pdf(page, target: Path) -> None:
    """Page one: the title, the sentences, the loop, the axis and the bars; then a page per step."""
    document = QTextDocument()
    font = page.font()
    font.setPointSizeF(10.5)  # paper: the screen's text size does not apply
    document.setDefaultFont(font)
    parts = [f"<h1>{escape(page.title.text())}</h1>"]
    parts += [f"<p>{escape(s)}</p>" for s in page.sentences.text().split("\n\n") if s.strip()]
    if page.notes.isVisible():
        parts += [f"<p><i>{escape(n)}</i></p>" for n in page.notes.text().split("\n\n") if n.strip()]
    boxes = page.step_boxes()
    drawings = []
    if boxes:
        drawings.append(("loop", page.loop_title.text(), page.canvas,
                         page.canvas.heightForWidth(DRAWING_WIDTH)))
    if page.axis.markers:
        drawings.append(("axis", page.axis_title.text(), page.axis, page.axis.sizeHint().height()))
    if page.bars.rows:
        drawings.append(("bars", page.contrast_title.text(), page.bars, page.bars.sizeHint().height()))
    for name, title, widget, height in drawings:
        url = QUrl(f"erfenis:{name}.png")
        document.addResource(QTextDocument.ResourceType.ImageResource, url, _light(widget, DRAWING_WIDTH, height))
        parts.append(f"<p><b>{escape(title)}</b><br><img src='{url.toString()}' width='480'></p>")
    if boxes:
        exits = [page.service_exits(owner) for owner in range(2)]
        for i, box in enumerate(boxes):
            parts.append("<div style='page-break-before: always'></div>"
                         f"<p>{escape(page.steps_view.counter_text(i, len(boxes)))}</p>"
                         f"<h1>{escape(box.title)}</h1><h2>{escape(box.text)}</h2>"
                         + "".join(f"<p>– {escape(e)}</p>" for e in exits[box.owner])
                         + f"<p><i>{escape(page._t('exits.discomfort'))}</i></p>"
                         + f"<p><b>{escape(page._prefs.text('help', 'safety.unfamiliar'))}</b></p>")
    if len(page.data.people) == 1 and page.history_box.isVisible():
        parts.append("<div style='page-break-before: always'></div>"
                     f"<h2>{escape(page._prefs.text('relationship_history', 'intro.title'))}</h2>")
        for field in page._prefs.text("relationship_history", "fields"):
            answer = str(page.data.history.get(field["id"], "")).strip()
            if answer:
                parts.append(f"<p><b>{escape(field['label'])}</b><br>{escape(answer)}</p>")
    document.setHtml("".join(parts))
    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(page.title.text())
    document.print_(writer)
    del writer
    if not target.exists():
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))
