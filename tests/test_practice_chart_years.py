"""Step 3's chart over more than a year: its dates say which year they are in.

Without the year, five years of check-ins read "18 Dec" … "7 Nov", as if time ran backwards."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from erfenis_desktop.ui.practice.chart import DiscomfortChart, needs_years


@pytest.fixture
def chart(qtbot):
    widget = DiscomfortChart()
    qtbot.addWidget(widget)
    widget.resize(600, 260)
    return widget


def _dates(chart) -> list[str]:
    return [text for text, _rect in chart.label_rects()[3:]]


def _points(first: date, last: date, n: int = 40):
    step = (last - first) / (n - 1)
    return [(first + step * i, 8 - 5 * i / (n - 1)) for i in range(n)]


@pytest.mark.parametrize("lang, first_label, last_label", [
    ("en", "18 Dec 2021", "7 Nov 2026"),
    ("nl", "18 dec 2021", "7 nov 2026"),
])
def test_a_chart_over_years_names_the_year_at_both_ends(chart, lang, first_label, last_label):
    QLocale.setDefault(QLocale(lang))
    try:
        points = _points(date(2021, 12, 18), date(2026, 11, 7))
        chart.set_data(points, points, "")
        assert _dates(chart) == [first_label, last_label]
        description = chart.accessibleDescription()
        assert first_label in description and last_label in description  # a screen reader hears the years too
        for _text, rect in chart.label_rects():
            assert rect.left() >= 0 and rect.right() <= chart.width() + 0.5
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))


def test_a_chart_within_this_year_keeps_its_short_dates(chart):
    QLocale.setDefault(QLocale("en"))
    today = date.today()
    first = date(today.year, 1, 1)
    last = max(first + timedelta(days=1), today)
    points = _points(first, last, 5)
    chart.set_data(points, points, "")
    assert all(str(today.year) not in text for text in _dates(chart))
    assert _dates(chart)[0] == "1 Jan"


def test_the_year_is_needed_across_new_year_and_for_another_year():
    today = date(2026, 12, 1)
    assert needs_years(date(2025, 12, 20), date(2026, 1, 5), today)  # across new year
    assert needs_years(date(2024, 3, 1), date(2024, 9, 1), today)  # all of it in another year
    assert not needs_years(date(2026, 3, 1), date(2026, 11, 30), today)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_first_and_last_date_never_overlap_at_the_narrowest(start_app, scale):
    erfenis = start_app("--lang", "nl")
    erfenis.prefs.set_text_scale(scale)
    chart = DiscomfortChart()
    points = [(date(2021, 12, 18), 5.0), (date(2026, 11, 7), 3.0)]
    chart.set_data(points, points, "")
    chart.resize(chart.minimumSizeHint())
    (_first, left), (_last, right) = chart.label_rects()[3:]
    assert left.right() < right.left()
    chart.deleteLater()
