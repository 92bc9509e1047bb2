"""The search compares text without case and accents (Exercises.fold). Its quick paths (plain
ASCII; the accents of Latin letters) give exactly what taking every character apart gives, for
any text (hypothesis); and a search finds a word typed without its accents or case."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from erfenis_desktop.services.exercises import Entry, Exercises


def _slow_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


@settings(max_examples=400, deadline=None)
@example("\u034f")  # a mark of that block the full fold keeps
@example("Reünie, café, ﬁets, Straße")
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("éëüçÅØßİǅﬁ\u0301\u0308\u034f\u20d7’–"))))
def test_the_quick_fold_is_the_full_fold(text):
    assert Exercises.fold(text) == _slow_fold(text)


def test_a_word_typed_without_accents_or_capitals_finds_it():
    entries = [Entry("a", "note", "2026-01-01T10:00:00+00:00", "Een ruzie over het Café en de Reünie"),
               Entry("b", "note", "2026-01-02T10:00:00+00:00", "Niets hierover")]
    assert [e.uuid for e in Exercises.search(entries, "cafe reunie")] == ["a"]
    assert [e.uuid for e in Exercises.search(entries, "CAFÉ")] == ["a"]
    assert Exercises.fold("ＣＡＦＥ") == "cafe"  # wide letters too (taken apart by NFKD)
