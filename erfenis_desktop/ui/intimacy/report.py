"""The intimacy check's report as a PDF the person owns: a designed document (Qt's own
QPdfWriter, like ui/dans/dans_export.py, whose blocks and pages it reuses), never a screen grab.

A4, in the screen's language: a cover with the title, the person's name and the date, what
the report is, and the chart of the six areas; then per area its score and band, what it
means and the next steps for this week; then, on a page of its own, where to find
professional help. Drawn in the light colours whatever the screen's scheme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from erfenis_desktop.domain.intimacy import AreaResult

from ..dans.dans_export import (
    MUTED,
    UNITS,
    Fonts,
    _date,
    _light,
    _margin,
    _paginate,
    _paint_pages,
    _space,
    _text,
    _widget,
)
from .chart import AreaBars


def build(texts, check, results: dict[str, AreaResult], name: str, fonts: Fonts, width: float):
    """(cover, areas, help): the blocks of the three parts, each starting on a new page."""
    bands = texts["bands"]
    cover = _text(texts["report"]["title"], fonts.title, width)
    cover += _text(" · ".join([name, _date()]), fonts.meta, width, MUTED, before=4)
    cover += _text(texts["report"]["cover"], fonts.body, width, before=16)
    cover += _text(texts["results"]["mirror"], fonts.note, width, MUTED, before=10)
    cover += _text(texts["report"]["chart_title"], fonts.section, width, before=24, keep_with_next=True)
    chart = _light(AreaBars(), fonts.body)  # the cover has room: as large as the text
    chart.set_rows([(a.name, results[a.id].score, bands.get(results[a.id].band or "", ""), None)
                    for a in check.areas], texts["results"]["not_enough"])
    cover += [_space(6), _widget(chart, width, chart.sizeHint().height())]

    areas = _text(texts["report"]["areas_title"], fonts.title, width)
    areas += _text(texts["results"]["steps_intro"], fonts.note, width, MUTED, before=8)
    for area in check.areas:
        r = results[area.id]
        areas += _text(area.name, fonts.section, width, before=22, keep_with_next=True)
        # The report's own words are the results screen's (context ResultsView).
        score = texts["results"]["not_enough"] if r.score is None else QCoreApplication.translate(
            "ResultsView", "%1 / 100 · %2").replace("%1", str(r.score), 1).replace("%2", bands[r.band], 1)
        areas += _text(score, fonts.strong, width, before=4, keep_with_next=True)
        areas += _text(area.meaning, fonts.body, width, before=6)
        if r.band is None:
            areas += _text(texts["results"]["not_enough_explain"], fonts.note, width, MUTED, before=6)
            continue
        areas += _text(QCoreApplication.translate("ResultsView", "Small steps for this week"), fonts.strong, width,
                       before=10, keep_with_next=True)
        for step in area.steps[r.band]:
            areas += _text(f"– {step.text}", fonts.body, width, before=4)

    help_ = _text(texts["help"]["title"], fonts.title, width)
    for paragraph in (p.strip() for p in texts["help"]["body"].split("\n\n") if p.strip()):
        help_ += _text(paragraph, fonts.body, width, before=10)
    for contact in texts["help"]["contacts"]:
        help_ += _text(contact["name"], fonts.strong, width, before=14, keep_with_next=True)
        help_ += _text(contact["detail"], fonts.body, width, before=2)
    return cover, areas, help_


def summary(texts, check) -> list[str]:
    """What the file holds, for the confirmation before saving (ui/common/exports.py)."""
    return [QCoreApplication.translate("ResultsView", "Your name and today’s date"), texts["report"]["chart_title"],
            QCoreApplication.translate("ResultsView",
                                       "Per area: your score, what it means and the small steps for this week"),
            texts["help"]["title"]]


def pdf(texts, check, results: dict[str, AreaResult], name: str, family: str, target: Path) -> None:
    size = QPageSize(QPageSize.PageSizeId.A4)
    inches = size.size(QPageSize.Unit.Inch)
    margin = _margin()
    page_w, page_h = inches.width() * UNITS - 2 * margin, inches.height() * UNITS - 2 * margin
    fonts = Fonts(family)
    pages = []
    for part in build(texts, check, results, name, fonts, page_w):
        pages += _paginate(part, page_h)
    writer = QPdfWriter(str(target))
    writer.setResolution(UNITS)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(texts["report"]["title"])
    writer.setCreator("Erfenis")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_pages(painter, pages, margin, page_h, fonts, page_w, writer.newPage)
    finally:
        painter.end()
        del writer
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(0, QCoreApplication.translate("DansPage", "the PDF could not be written"))

