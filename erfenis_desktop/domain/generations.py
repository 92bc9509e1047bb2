"""The generations view (issue 14, section 2): the model and the drawing's layout, pure Python.

A person writes, for each generation (grandparents, parents, themselves and, if they have
children, their children), in their own words: how love was shown, who reached out and who
pulled back, and what was not talked about. "I don't know" is always an answer of its own:
a tick per field, kept apart from the text (an empty box says nothing; a tick says "I do
not know this", which is worth knowing too).

The drawing is laid out here as plain geometry, so tests can check every rectangle without
a screen: one box per generation, top to bottom, a line running down beside them (what was
passed on, from one generation to the next), and at the end the question the article asks:
what do you pass on? Text is measured by a function the caller gives (Qt's text layout in
the app, a simple one in tests), and every box is made tall enough for its texts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from .jsontext import loads_json

GENERATIONS = ("grandparents", "parents", "me", "children")
#: How love was shown; who reached out and who pulled back; what was not talked about.
FIELDS = ("love", "reach", "unsaid")
#: The most characters kept per answer (a whole page is more than enough for one field).
MAX_TEXT = 4000

#: How a field is shown in the drawing.
WRITTEN, UNKNOWN, EMPTY = "written", "unknown", "empty"


@dataclass(frozen=True)
class Answer:
    text: str = ""
    unknown: bool = False  # "I don't know", ticked

    @property
    def state(self) -> str:
        """WRITTEN when there are words, else UNKNOWN when ticked, else EMPTY. (Words written
        next to a tick are kept and shown: "I don't know, but I guess …" is an answer too.)"""
        if self.text.strip():
            return WRITTEN
        return UNKNOWN if self.unknown else EMPTY


@dataclass
class Generations:
    """What one person wrote. ``children`` says whether the children's generation is part of it."""

    children: bool = False
    answers: dict[str, dict[str, Answer]] = field(default_factory=dict)
    pass_on: str = ""  # their own answer to "what do you pass on?"

    def answer(self, generation: str, field_id: str) -> Answer:
        return self.answers.get(generation, {}).get(field_id, Answer())

    def set(self, generation: str, field_id: str, answer: Answer) -> None:
        if generation not in GENERATIONS or field_id not in FIELDS:
            raise ValueError(f"no such field: {generation}.{field_id}")
        self.answers.setdefault(generation, {})[field_id] = answer

    def shown(self) -> tuple[str, ...]:
        """The generations in the drawing, oldest first (the children only when there are)."""
        return GENERATIONS if self.children else GENERATIONS[:-1]

    def is_empty(self) -> bool:
        return not self.pass_on.strip() and all(self.answer(g, f).state == EMPTY for g in GENERATIONS
                                                for f in FIELDS)

    # Stored as JSON inside the encrypted item -----------------------------------------------
    def to_json(self) -> str:
        answers = {g: {f: {"text": a.text, "unknown": a.unknown} for f, a in fields.items()}
                   for g, fields in self.answers.items() if fields}
        return json.dumps({"v": 1, "children": self.children, "answers": answers, "pass_on": self.pass_on},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Generations:
        """From stored (or a partner's shared) JSON; any other shape raises ValueError (and is
        counted as damaged, never guessed at)."""
        data = loads_json(text)
        if not isinstance(data, dict) or data.get("v") != 1:
            raise ValueError("not generations")
        children, answers, pass_on = data.get("children", False), data.get("answers", {}), data.get("pass_on", "")
        if type(children) is not bool or not isinstance(answers, dict) or not isinstance(pass_on, str):
            raise ValueError("not generations")
        out = cls(children=children, pass_on=pass_on[:MAX_TEXT])
        for generation, fields in answers.items():
            if generation not in GENERATIONS or not isinstance(fields, dict):
                raise ValueError("not generations")
            for field_id, value in fields.items():
                if field_id not in FIELDS or not isinstance(value, dict):
                    raise ValueError("not generations")
                words, unknown = value.get("text", ""), value.get("unknown", False)
                if not isinstance(words, str) or type(unknown) is not bool:
                    raise ValueError("not generations")
                out.set(generation, field_id, Answer(words[:MAX_TEXT], unknown))
        return out


# What the drawing says, in the person's language ----------------------------------------------
@dataclass(frozen=True)
class Cell:
    """One field as it is drawn: its question (short) and what to show under it."""

    label: str
    text: str  # the person's words, or the words for "I don't know" / "not filled in yet"
    state: str  # WRITTEN, UNKNOWN, EMPTY


@dataclass(frozen=True)
class Row:
    key: str  # a generation
    title: str
    cells: tuple[Cell, ...]


def rows(model: Generations, titles: dict[str, str], labels: dict[str, dict[str, str]], unknown: str,
         empty: str) -> list[Row]:
    """The drawing's words: per generation shown, its title and per field the label and the
    text (``labels[generation][field]``: the questions are asked differently per generation)."""
    out = []
    for generation in model.shown():
        cells = []
        for field_id in FIELDS:
            answer = model.answer(generation, field_id)
            state = answer.state
            text = answer.text.strip() if state == WRITTEN else (unknown if state == UNKNOWN else empty)
            cells.append(Cell(labels[generation][field_id], text, state))
        out.append(Row(generation, titles[generation], tuple(cells)))
    return out


def describe(rows_: list[Row], line_label: str, question: str, pass_on: str) -> str:
    """The drawing in words, in reading order (for screen readers and as the text beside it)."""
    blocks = []
    for row in rows_:
        blocks.append("\n".join([row.title] + [f"{c.label} {c.text}" for c in row.cells]))
    blocks.append(line_label)
    blocks.append("\n".join(t for t in (question, pass_on.strip()) if t))
    return "\n\n".join(blocks)


# Geometry ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Rect, slack: float = 0.01) -> bool:
        return (other.x >= self.x - slack and other.y >= self.y - slack and other.right <= self.right + slack
                and other.bottom <= self.bottom + slack)

    def intersects(self, other: Rect) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


@dataclass(frozen=True)
class Placed:
    """A text and where it goes; ``role`` picks the font (title, label, text, muted, question)."""

    rect: Rect
    text: str
    role: str


@dataclass(frozen=True)
class Box:
    key: str  # a generation, or "question"
    rect: Rect
    texts: tuple[Placed, ...]


@dataclass(frozen=True)
class Drawing:
    width: float
    height: float
    boxes: tuple[Box, ...]  # the generations, oldest first, then the question
    line: tuple[float, float, float]  # x, from y, to y: the line of what was passed on
    dots: tuple[tuple[float, float], ...]  # where the line meets each generation
    line_label: Placed  # what the line means, beside its start

    def all_texts(self) -> list[tuple[Placed, Rect]]:
        """Every text with the box that holds it (the line's label: the whole drawing)."""
        out = [(t, b.rect) for b in self.boxes for t in b.texts]
        out.append((self.line_label, Rect(0, 0, self.width, self.height)))
        return out


#: measure(text, role, width) → the height the text takes wrapped to ``width``.
Measure = Callable[[str, str, float], float]


def layout(rows_: list[Row], question: str, pass_on: str, line_label: str, width: float, unit: float,
           measure: Measure, columns_from: float | None = None) -> Drawing:
    """Where everything goes in a drawing ``width`` wide. ``unit`` is one line of body text
    (paddings and gaps are parts of it). A generation's three fields sit side by side when
    each column is at least ``columns_from`` wide (default: 14 lines' height), else below
    each other. Every box is exactly as tall as its texts need."""
    pad, gap = unit * 0.6, unit * 1.1
    spine = left = unit * 2.2  # room on the left for the line
    box_w = max(unit * 4, width - left)
    inner, col = text_widths(width, unit, columns_from)
    side_by_side = col < inner
    label_top = measure(line_label, "muted", box_w)
    y = label_top + unit * 0.4
    boxes: list[Box] = []
    dots: list[tuple[float, float]] = []
    for row in rows_:
        top = y
        title_h = measure(row.title, "title", inner)
        texts = [Placed(Rect(left + pad, top + pad, inner, title_h), row.title, "title")]
        cy = top + pad + title_h + pad * 0.8
        if side_by_side:
            bottoms = []
            for i, cell in enumerate(row.cells):
                x = left + pad + i * (col + pad)
                lh = measure(cell.label, "label", col)
                th = measure(cell.text, _role(cell), col)
                texts.append(Placed(Rect(x, cy, col, lh), cell.label, "label"))
                texts.append(Placed(Rect(x, cy + lh + unit * 0.15, col, th), cell.text, _role(cell)))
                bottoms.append(cy + lh + unit * 0.15 + th)
            cy = max(bottoms)
        else:
            for i, cell in enumerate(row.cells):
                if i:
                    cy += pad * 0.8
                lh = measure(cell.label, "label", inner)
                th = measure(cell.text, _role(cell), inner)
                texts.append(Placed(Rect(left + pad, cy, inner, lh), cell.label, "label"))
                texts.append(Placed(Rect(left + pad, cy + lh + unit * 0.15, inner, th), cell.text, _role(cell)))
                cy += lh + unit * 0.15 + th
        rect = Rect(left, top, box_w, cy + pad - top)
        boxes.append(Box(row.key, rect, tuple(texts)))
        dots.append((spine / 2, top + min(rect.h / 2, pad + title_h / 2)))
        y = rect.bottom + gap
    # The question at the end, and the person's own answer under it when there is one.
    top = y
    q_h = measure(question, "question", inner)
    texts = [Placed(Rect(left + pad, top + pad, inner, q_h), question, "question")]
    bottom = top + pad + q_h
    if pass_on.strip():
        a_h = measure(pass_on.strip(), "text", inner)
        texts.append(Placed(Rect(left + pad, bottom + pad * 0.6, inner, a_h), pass_on.strip(), "text"))
        bottom += pad * 0.6 + a_h
    rect = Rect(left, top, box_w, bottom + pad - top)
    boxes.append(Box("question", rect, tuple(texts)))
    dots.append((spine / 2, top + min(rect.h / 2, pad + q_h / 2)))
    start = dots[0][1] if dots else label_top
    label = Placed(Rect(0, 0, width, label_top), line_label, "muted")
    return Drawing(width, rect.bottom + unit * 0.2, tuple(boxes), (spine / 2, start, dots[-1][1]), tuple(dots),
                   label)


def text_widths(width: float, unit: float, columns_from: float | None = None) -> tuple[float, float]:
    """(the width inside a box, the width of a field's text): a third of it, less the gaps,
    when that is at least ``columns_from`` (default 14 lines' height), else all of it."""
    pad = unit * 0.6
    inner = max(unit * 4, width - unit * 2.2) - 2 * pad
    col = (inner - 2 * pad) / 3
    return inner, col if col >= (unit * 14 if columns_from is None else columns_from) else inner


def _role(cell: Cell) -> str:
    return "text" if cell.state == WRITTEN else "muted"


def shorten(text: str, role: str, width: float, lines: int, line_height: float, measure: Measure) -> str:
    """``text`` in at most ``lines`` lines of ``width``: cut after a whole word, with "…"."""
    limit = line_height * lines + 0.5
    if measure(text, role, width) <= limit:
        return text
    words = text.split()
    low, high = 0, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(" ".join(words[:middle]) + " …", role, width) <= limit:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …" if low else "…"


def shortened_rows(rows_: list[Row], lines: int, width: float, unit: float, line_height: float,
                   measure: Measure) -> list[Row]:
    """The rows with every written text cut to ``lines`` lines at the narrowest width it may
    get (a column, when the fields sit side by side; the whole box else)."""
    _inner, col = text_widths(width, unit)
    return [Row(r.key, r.title, tuple(Cell(c.label, shorten(c.text, "text", col, lines, line_height, measure)
                                           if c.state == WRITTEN else c.text, c.state) for c in r.cells))
            for r in rows_]
