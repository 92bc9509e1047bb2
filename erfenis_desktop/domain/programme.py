"""A workshop programme and its countdown (pure: no Qt, no files, no clock of its own).

A programme is an ordered list of parts built from Erfenis's exercises, each with its
minutes and the facilitator's own notes. ``validate`` says every problem at once, as
codes the UI turns into sentences (a part's problems name the part by its place).

The countdown (``Countdown``) runs the parts one after another on a clock it is given
(``time.monotonic`` in the app, a fake one in the tests): it pauses, goes on, goes to the
next or the previous part, and says once when a part's time has run out.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .jsontext import loads_json

#: The exercises a part can be, in the order the facilitator's list shows them.
EXERCISES: tuple[str, ...] = (
    "pattern_check",  # the pattern mirror
    "step1",  # step 1, see the pattern
    "step2",  # step 2, the cards of one group
    "practice_together",  # practising together
    "repair",  # after a clash
    "cycle_map",  # mapping our loop
    "dans",  # our dance
    "answer_together",  # answering a question together
    "history",  # earlier relationships
    "break",
    "own",  # a part of the facilitator's own, with a title
)
#: The exercises that have a worksheet (a break and an own part have none).
WITH_WORKSHEET: tuple[str, ...] = EXERCISES[:9]
#: Step 2's groups of cards (practice.toml's ``group``).
GROUPS: tuple[str, ...] = ("naming", "listening", "presence")
#: The exercises that carry a title of the facilitator's: "own" needs one, a break may have one.
TITLED = ("own", "break")

MIN_MINUTES, MAX_MINUTES = 1, 240
MAX_PARTS = 30
MAX_NAME = 80
MAX_TITLE = 80
MAX_NOTES = 2000


@dataclass(frozen=True)
class Part:
    exercise: str
    minutes: int
    notes: str = ""  # the facilitator's own: shown on the laptop only, never on the presenter screen
    title: str = ""  # for "own" (needed) and "break" (may be empty)
    group: str = ""  # for "step2": which group of cards


@dataclass(frozen=True)
class Problem:
    """One thing wrong; ``part`` is the part's place (0-based), None for the programme itself.
    Codes: name_empty, name_too_long, no_parts, too_many_parts, unknown_exercise,
    minutes_range, title_empty, title_too_long, title_not_allowed, notes_too_long,
    group_unknown, group_not_allowed."""

    code: str
    part: int | None = None


class ProgrammeError(ValueError):
    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__(", ".join(p.code if p.part is None else f"{p.code} (part {p.part + 1})"
                                   for p in self.problems))


@dataclass(frozen=True)
class Programme:
    name: str
    parts: tuple[Part, ...] = ()
    uuid: str | None = None  # where it is stored, once saved

    @property
    def total_minutes(self) -> int:
        return sum(p.minutes for p in self.parts if isinstance(p.minutes, int))

    # Editing: every change gives a new programme ----------------------------------------
    def with_part(self, part: Part, at: int | None = None) -> Programme:
        parts = list(self.parts)
        parts.insert(len(parts) if at is None else at, part)
        return replace(self, parts=tuple(parts))

    def without(self, index: int) -> Programme:
        return replace(self, parts=self.parts[:index] + self.parts[index + 1:])

    def changed(self, index: int, **changes: Any) -> Programme:
        parts = list(self.parts)
        parts[index] = replace(parts[index], **changes)
        return replace(self, parts=tuple(parts))

    def moved(self, index: int, step: int) -> Programme:
        """The part at ``index`` one place up (-1) or down (+1); unchanged at either end."""
        other = index + step
        if not (0 <= index < len(self.parts) and 0 <= other < len(self.parts)):
            return self
        parts = list(self.parts)
        parts[index], parts[other] = parts[other], parts[index]
        return replace(self, parts=tuple(parts))

    # Storing -------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({"v": 1, "name": self.name,
                           "parts": [{"exercise": p.exercise, "minutes": p.minutes, "notes": p.notes,
                                      "title": p.title, "group": p.group} for p in self.parts]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, uuid: str | None = None) -> Programme:
        """``ValueError`` for anything that is not a valid programme (counted as damaged)."""
        data = loads_json(text)
        if not isinstance(data, dict) or data.get("v") != 1 or not isinstance(data.get("parts"), list):
            raise ValueError("not a programme")
        parts = []
        for raw in data["parts"]:
            if not isinstance(raw, dict):
                raise ValueError("not a part")
            minutes = raw.get("minutes")
            if isinstance(minutes, bool) or not isinstance(minutes, int):
                raise ValueError("not a part")
            texts = [raw.get(k, "") for k in ("exercise", "notes", "title", "group")]
            if not all(isinstance(t, str) for t in texts):
                raise ValueError("not a part")
            parts.append(Part(texts[0], minutes, texts[1], texts[2], texts[3]))
        name = data.get("name")
        if not isinstance(name, str):
            raise ValueError("not a programme")
        programme = cls(name, tuple(parts), uuid)
        if validate(programme):
            raise ValueError("not a valid programme")
        return programme


def validate(programme: Programme) -> list[Problem]:
    """Every problem of ``programme``, in order; empty when it may be saved and run."""
    problems: list[Problem] = []
    name = programme.name.strip() if isinstance(programme.name, str) else ""
    if not name:
        problems.append(Problem("name_empty"))
    elif len(name) > MAX_NAME:
        problems.append(Problem("name_too_long"))
    if not programme.parts:
        problems.append(Problem("no_parts"))
    elif len(programme.parts) > MAX_PARTS:
        problems.append(Problem("too_many_parts"))
    for i, part in enumerate(programme.parts):
        if part.exercise not in EXERCISES:
            problems.append(Problem("unknown_exercise", i))
            continue
        if isinstance(part.minutes, bool) or not isinstance(part.minutes, int) \
                or not MIN_MINUTES <= part.minutes <= MAX_MINUTES:
            problems.append(Problem("minutes_range", i))
        title = part.title.strip()
        if part.exercise == "own" and not title:
            problems.append(Problem("title_empty", i))
        elif title and part.exercise not in TITLED:
            problems.append(Problem("title_not_allowed", i))
        elif len(title) > MAX_TITLE:
            problems.append(Problem("title_too_long", i))
        if len(part.notes) > MAX_NOTES:
            problems.append(Problem("notes_too_long", i))
        if part.exercise == "step2" and part.group not in GROUPS:
            problems.append(Problem("group_unknown", i))
        elif part.exercise != "step2" and part.group:
            problems.append(Problem("group_not_allowed", i))
    return problems


def checked(programme: Programme) -> Programme:
    """``programme`` with its name and titles trimmed; ProgrammeError listing every problem."""
    problems = validate(programme)
    if problems:
        raise ProgrammeError(problems)
    return replace(programme, name=programme.name.strip(),
                   parts=tuple(replace(p, title=p.title.strip()) for p in programme.parts))


# The countdown --------------------------------------------------------------------------------
@dataclass
class Countdown:
    """The parts' minutes, run one after another on ``clock`` (seconds, only ever going up).

    It starts paused at the first part. Time counts only while running; pausing keeps what is
    left. Going to another part starts that part from its full time (running or paused as
    before). ``remaining`` never goes below 0; ``over`` says how long ago the time ran out."""

    minutes: Sequence[int]
    clock: Callable[[], float] = time.monotonic
    index: int = 0
    running: bool = False
    _used: float = field(default=0.0, repr=False)  # seconds used of this part before the last start
    _since: float | None = field(default=None, repr=False)  # clock when it last started running
    _end_told: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        if not self.minutes:
            raise ValueError("a countdown needs at least one part")
        self.minutes = list(self.minutes)

    # Time ----------------------------------------------------------------------------------
    @property
    def length(self) -> float:
        return float(self.minutes[self.index] * 60)

    def elapsed(self) -> float:
        running = self.clock() - self._since if self.running and self._since is not None else 0.0
        return self._used + max(0.0, running)

    def remaining(self) -> float:
        return max(0.0, self.length - self.elapsed())

    def over(self) -> float:
        return max(0.0, self.elapsed() - self.length)

    @property
    def time_up(self) -> bool:
        return self.elapsed() >= self.length

    def take_end(self) -> bool:
        """True once, the first time it is asked after this part's time ran out (for a sound)."""
        if self.time_up and not self._end_told:
            self._end_told = True
            return True
        return False

    # Control -------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.running:
            self.running, self._since = True, self.clock()

    def pause(self) -> None:
        if self.running:
            self._used, self.running, self._since = self.elapsed(), False, None

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def go_to(self, index: int) -> bool:
        """To part ``index`` from its full time; False (and nothing changes) past either end."""
        if not 0 <= index < len(self.minutes):
            return False
        self.index, self._used, self._end_told = index, 0.0, False
        self._since = self.clock() if self.running else None
        return True

    def next(self) -> bool:
        return self.go_to(self.index + 1)

    def previous(self) -> bool:
        return self.go_to(self.index - 1)

    @property
    def is_last(self) -> bool:
        return self.index == len(self.minutes) - 1


def clock_text(seconds: float) -> str:
    """"12:05" (minutes:seconds), "1:02:00" from an hour on; rounded up, so 0:00 is the end."""
    whole = int(-(-seconds // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
