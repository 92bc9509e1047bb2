"""The generations view's model and drawing, as pure Python: "I don't know" is kept apart from
the words, the stored shape is checked, and the drawing's layout keeps every text inside its
box, no box over another, at any width and at twice the text size."""

from __future__ import annotations

import pytest

from erfenis_desktop.domain import generations as g
from erfenis_desktop.domain.generations import (
    EMPTY,
    UNKNOWN,
    WRITTEN,
    Answer,
    Generations,
)


def monospace(unit: float):
    """A measure like a fixed-width font whose line is ``unit`` high and whose letters are
    half as wide; a word wider than the line is broken, as Qt does."""

    def measure(text: str, role: str, width: float) -> float:
        per_line = max(1, int(width // (unit * 0.5 * (1.1 if role in ("title", "question") else 1.0))))
        lines = 0
        for paragraph in text.split("\n"):
            line = 0
            count = 1
            for word in paragraph.split():
                while len(word) > per_line:  # broken inside the word
                    if line:
                        count += 1
                    count += 1
                    word = word[per_line:]
                    line = 0
                need = len(word) + (1 if line else 0)
                if line + need > per_line:
                    count += 1
                    line = len(word)
                else:
                    line += need
            lines += count
        return lines * unit * (1.3 if role in ("title", "question") else 1.0)

    return measure


LABELS = {gen: {f: f"{gen} {f}?" for f in g.FIELDS} for gen in g.GENERATIONS}
TITLES = {gen: gen.title() for gen in g.GENERATIONS}


def _model(children: bool, long: bool = False) -> Generations:
    model = Generations(children=children, pass_on="Dat je mag zeggen wat je voelt.")
    text = ("Oma zette thee als er iets was, en opa ging de schuur in. " * (12 if long else 1)).strip()
    model.set("grandparents", "love", Answer(text))
    model.set("grandparents", "reach", Answer("", unknown=True))
    model.set("parents", "love", Answer("Papa kookte. " + "Ontzettendlangwoordzonderspaties" * (4 if long else 1)))
    model.set("parents", "unsaid", Answer("Geld, en het verdriet om Anne.", unknown=True))
    model.set("me", "reach", Answer("Ik zoek op, en dan te hard."))
    if children:
        model.set("children", "love", Answer("Knuffels bij het ontbijt."))
    return model


# The model --------------------------------------------------------------------------------------
def test_i_dont_know_is_kept_apart_from_the_words_and_survives_storing():
    model = _model(children=True)
    back = Generations.from_json(model.to_json())
    assert back == model
    assert back.answer("grandparents", "reach") == Answer("", True)
    assert back.answer("grandparents", "reach").state == UNKNOWN
    assert back.answer("parents", "unsaid").state == WRITTEN  # words next to a tick are an answer too
    assert back.answer("me", "love").state == EMPTY
    assert back.shown() == g.GENERATIONS
    assert Generations().shown() == ("grandparents", "parents", "me")  # no children: left out


@pytest.mark.parametrize("body", [
    "[]", '{"v": 2}', '{"v": 1, "children": "yes"}', '{"v": 1, "answers": {"aunts": {}}}',
    '{"v": 1, "answers": {"me": {"love": {"text": 3}}}}', '{"v": 1, "answers": {"me": {"love": {"unknown": 1}}}}',
    '{"v": 1, "answers": {"me": {"hobbies": {"text": "x"}}}}', '{"v": 1, "pass_on": ["x"]}', "not json",
])
def test_any_other_shape_is_refused_not_guessed_at(body):
    with pytest.raises(ValueError):
        Generations.from_json(body)


def test_rows_say_i_dont_know_and_not_filled_in_and_leave_out_children_without():
    rows = g.rows(_model(children=False), TITLES, LABELS, "I don’t know", "Not filled in yet")
    assert [r.key for r in rows] == ["grandparents", "parents", "me"]
    cells = {(r.key, f): c for r in rows for f, c in zip(g.FIELDS, r.cells)}
    assert cells["grandparents", "reach"].text == "I don’t know" and cells["grandparents", "reach"].state == UNKNOWN
    assert cells["me", "love"].text == "Not filled in yet"
    assert cells["me", "reach"].text == "Ik zoek op, en dan te hard." and cells["me", "reach"].label == "me reach?"
    words = g.describe(rows, "What was passed on", "What do you pass on?", "Dat je mag zeggen wat je voelt.")
    assert words.index("Grandparents") < words.index("Parents") < words.index("Me") < words.index("What do you")
    assert "I don’t know" in words and words.endswith("Dat je mag zeggen wat je voelt.")


# The drawing -------------------------------------------------------------------------------------
@pytest.mark.parametrize("children", [False, True])
@pytest.mark.parametrize("long", [False, True])
@pytest.mark.parametrize("width", [320, 700, 1400])
@pytest.mark.parametrize("unit", [16.0, 32.0])  # text at 100 % and at 200 %
def test_every_text_inside_its_box_and_no_boxes_or_texts_overlap(children, long, width, unit):
    measure = monospace(unit)
    rows = g.rows(_model(children, long), TITLES, LABELS, "I don’t know", "Not filled in yet")
    drawing = g.layout(rows, "What do you pass on?", "Dat je mag zeggen wat je voelt.", "What was passed on",
                       width, unit, measure)
    whole = g.Rect(0, 0, drawing.width, drawing.height)
    assert len(drawing.boxes) == len(rows) + 1 and drawing.boxes[-1].key == "question"
    assert [b.key for b in drawing.boxes[:-1]] == [r.key for r in rows]
    for placed, box in drawing.all_texts():
        assert box.contains(placed.rect), (placed.text[:20], placed.rect, box)
        assert whole.contains(box)
        # The text's rectangle is as tall as the text needs at its width: nothing is cut off.
        assert placed.rect.h >= measure(placed.text, placed.role, placed.rect.w) - 0.01
    for i, a in enumerate(drawing.boxes):
        assert not any(a.rect.intersects(b.rect) for b in drawing.boxes[i + 1:])
        for j, t in enumerate(a.texts):
            assert not any(t.rect.intersects(u.rect) for u in a.texts[j + 1:]), (t.text[:20], a.key)
        assert not a.rect.intersects(drawing.line_label.rect)
    # The line runs from the first generation to the question, beside the boxes, with a dot at each.
    x, top, bottom = drawing.line
    assert len(drawing.dots) == len(drawing.boxes)
    assert all(x < b.rect.x for b in drawing.boxes)
    assert top == drawing.dots[0][1] and bottom == drawing.dots[-1][1]
    assert all(b.rect.y <= dy <= b.rect.bottom for b, (_dx, dy) in zip(drawing.boxes, drawing.dots))
    # Oldest first, then the question at the end, with the person's own answer inside it.
    assert [b.rect.y for b in drawing.boxes] == sorted(b.rect.y for b in drawing.boxes)
    assert [t.text for t in drawing.boxes[-1].texts] == ["What do you pass on?", "Dat je mag zeggen wat je voelt."]


def test_fields_sit_side_by_side_when_wide_and_below_each_other_when_narrow():
    rows = g.rows(_model(False), TITLES, LABELS, "I don’t know", "Not filled in yet")
    wide = g.layout(rows, "Q?", "", "line", 1400, 16, monospace(16))
    narrow = g.layout(rows, "Q?", "", "line", 500, 16, monospace(16))
    labels = [t for t in wide.boxes[0].texts if t.role == "label"]
    assert len({t.rect.y for t in labels}) == 1 and len({t.rect.x for t in labels}) == 3
    labels = [t for t in narrow.boxes[0].texts if t.role == "label"]
    assert len({t.rect.x for t in labels}) == 1 and len({t.rect.y for t in labels}) == 3
    assert len(narrow.boxes[-1].texts) == 1  # no answer to the question yet: only the question


@pytest.mark.parametrize("lines", [1, 2, 4])
def test_shortened_texts_fit_their_lines_and_end_with_an_ellipsis(lines):
    unit = 16.0
    measure = monospace(unit)
    rows = g.rows(_model(False, long=True), TITLES, LABELS, "I don’t know", "Not filled in yet")
    short = g.shortened_rows(rows, lines, 700, unit, unit, measure)
    _inner, col = g.text_widths(700, unit)
    for row, before in zip(short, rows):
        for cell, was in zip(row.cells, before.cells):
            assert measure(cell.text, "text", col) <= lines * unit + 0.5
            assert cell.text == was.text or cell.text.endswith("…")
    assert short[0].cells[1].text == "I don’t know"  # not the person's words: never cut
    assert g.layout(short, "Q", "", "l", 700, unit, measure).height < \
        g.layout(rows, "Q", "", "l", 700, unit, measure).height
