"""Printable worksheets for a workshop: what goes on paper for each exercise (no Qt here).

A worksheet is plain data: a title, a short explanation, sections of questions (each with
ruled lines to write on, a scale to circle, or words to circle) and, where the exercise has
them, phrase cards. The questions are the exercise's own, from its content file, in the
language asked for (not necessarily the screen's): step 1's prompts, the pattern mirror's
statements, the loop map's and earlier relationships' fields, the questions to answer
together, the check-in after a step-2 card, every step of "after a clash"; the two
exercises without written questions on screen (practising together, our dance) have
theirs in ``worksheets.toml``. ui/workshop/worksheets.py draws them as a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from erfenis_desktop.domain.content import ContentBundle, lookup
from erfenis_desktop.domain.practice import Deck
from erfenis_desktop.domain.programme import GROUPS, WITH_WORKSHEET, Part, Programme
from erfenis_desktop.domain.questionnaire import fill_name

from .exercises import Exercises


@dataclass(frozen=True)
class Question:
    text: str
    help: str = ""
    lines: int = 4  # ruled lines to write on (0: none)
    scale: tuple[int, int] | None = None  # circle a number from .. to
    extra: str = ""  # a box to tick next to the scale ("Does not apply")
    words: tuple[str, ...] = ()  # words to circle


@dataclass(frozen=True)
class Card:
    title: str
    phrase: str
    note: str = ""  # what it replaces, or why


@dataclass(frozen=True)
class Section:
    title: str = ""
    intro: str = ""
    questions: tuple[Question, ...] = ()
    cards: tuple[Card, ...] = ()
    cards_title: str = ""
    loop: tuple[str, ...] = ()  # boxes of a loop to fill in, in order


@dataclass(frozen=True)
class Worksheet:
    exercise: str
    lang: str
    title: str
    explain: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    person_line: str = ""  # "Who are you thinking of?" with a line to write on
    labels: dict[str, str] = field(default_factory=dict, compare=False)  # sheet.* texts

    def questions(self) -> list[str]:
        return [q.text for s in self.sections for q in s.questions]


class Worksheets:
    def __init__(self, content: ContentBundle | Exercises):
        """``content``: the content files, or the exercises service that reads them."""
        self._exercises = content if isinstance(content, Exercises) else Exercises(content)

    def _t(self, lang: str, name: str, key: str):
        return lookup(self._exercises.tree(lang, name), key)

    def has_worksheet(self, part: Part) -> bool:
        return part.exercise in WITH_WORKSHEET

    def for_part(self, lang: str, part: Part) -> Worksheet | None:
        """The worksheet of one part (None for a break or an own part)."""
        if not self.has_worksheet(part):
            return None
        return self.build(lang, part.exercise, part.group)

    def for_programme(self, lang: str, programme: Programme) -> list[Worksheet]:
        """One worksheet per part that has one, in order; an exercise twice (the same group) once."""
        out, seen = [], set()
        for part in programme.parts:
            key = (part.exercise, part.group)
            if self.has_worksheet(part) and key not in seen:
                seen.add(key)
                out.append(self.build(lang, part.exercise, part.group))
        return out

    def build(self, lang: str, exercise: str, group: str = "") -> Worksheet:
        if exercise not in WITH_WORKSHEET:
            raise ValueError(f"no worksheet for {exercise!r}")
        labels = {k: v for k, v in self._exercises.tree(lang, "worksheets")["sheet"].items() if isinstance(v, str)}
        sections, person = getattr(self, f"_{exercise}")(lang, group)
        title = self._t(lang, "worksheets", f"exercises.{exercise}.name")
        if exercise == "step2" and group in GROUPS:
            title = f"{title} · {self._t(lang, 'practice', f'step2.groups.{group}.title')}"
        return Worksheet(exercise, lang, title, self._t(lang, "worksheets", f"exercises.{exercise}.explain"),
                         tuple(sections), labels["person_line"] if person else "", labels)

    # The exercises -------------------------------------------------------------------------
    def _person(self, lang: str, text: str) -> str:
        """A question about someone who raised the reader, on paper: "this person"."""
        return fill_name(text, self._t(lang, "worksheets", "sheet.this_person"))

    def _pattern_check(self, lang: str, _group: str):
        tree = self._exercises.tree(lang, "pattern_check")
        q = self._exercises.questionnaire(lang)
        low, high = tree["scale"]["low"], tree["scale"]["high"]
        hint = self._t(lang, "worksheets", "sheet.scale_hint").replace("{low}", low).replace("{high}", high)
        sections = []
        for key in ("parent", "couple", "now", "reactieval"):
            raw = tree["sections"][key]
            questions = tuple(Question(self._person(lang, item.text), lines=0, scale=(1, 7),
                                       extra=tree["scale"]["not_applicable"] if item.na else "")
                              for item in q.sections[key])
            intro = "\n\n".join(x for x in (self._person(lang, raw.get("body", "")).strip(), hint) if x)
            sections.append(Section(self._person(lang, raw["title"]), intro, questions))
        return sections, True

    def _step1(self, lang: str, _group: str):
        tree = self._exercises.tree(lang, "see_the_pattern")
        sections = []
        for key in ("parent_prompts", "couple_prompts", "mirror_prompts"):
            questions = tuple(Question(self._person(lang, p["question"]), lines=5) for p in tree[key])
            sections.append(Section(questions=questions))
        return sections, True

    def _deck(self, lang: str) -> Deck:
        return Deck.from_content(self._exercises.tree(lang, "practice"))

    def _card(self, lang: str, card) -> Card:
        note = self._t(lang, "worksheets", "sheet.instead").replace("{text}", card.instead) if card.instead else ""
        return Card(card.title, card.phrase, "\n".join(x for x in (note, card.why) if x))

    def _step2(self, lang: str, group: str):
        practice = self._exercises.tree(lang, "practice")
        groups = [group] if group in GROUPS else list(GROUPS)
        cards = tuple(self._card(lang, c) for g in groups for c in self._deck(lang).group(g))
        intro = " ".join(practice["step2"]["groups"][g]["intro"] for g in groups)
        ci = practice["checkin"]
        hint = self._t(lang, "worksheets", "sheet.checkin_scale_hint")
        scale_hint = hint.replace("{low}", ci["scale_low"]).replace("{high}", ci["scale_high"])
        questions = (Question(ci["used"], ci["used_help"], lines=1),
                     Question(ci["situation"], ci["situation_help"]),
                     Question(ci["before"], scale_hint, lines=0, scale=(0, 10)),
                     Question(ci["after"], scale_hint, lines=0, scale=(0, 10)),
                     Question(ci["happened"], ci["happened_help"]),
                     Question(ci["body"], ci["body_help"], lines=3))
        avoid = tuple(Card(a.phrase, "", a.why) for a in self._deck(lang).avoid)
        return [Section(intro=intro, cards=cards, cards_title=self._t(lang, "worksheets", "sheet.cards_title")),
                Section(ci["title"], ci["intro"], questions),
                Section(practice["step2"]["avoid_title"], practice["step2"]["avoid_intro"], cards=avoid)], False

    def _practice_together(self, lang: str, _group: str):
        practice = self._exercises.tree(lang, "practice")
        texts = self._t(lang, "worksheets", "exercises.practice_together.questions")
        questions = tuple(Question(text) for text in texts)
        deck = self._deck(lang)
        cards = tuple(Card(c.title, c.phrase) for g in ("listening", "presence") for c in deck.group(g))
        together = practice["together"]
        return [Section(intro=f"{together['stop']}\n\n{together['way_out']}", cards=cards,
                        cards_title=self._t(lang, "worksheets", "sheet.cards_title")),
                Section(questions=questions)], False

    def _repair(self, lang: str, _group: str):
        repair = self._exercises.tree(lang, "practice")["repair"]
        sections = [Section(intro=f"{repair['first']}\n\n{repair['stop']}\n\n{repair['safety']}")]
        for key in ("happened", "moves", "underneath", "listen", "needs", "repair"):
            step = repair[key]
            questions = tuple(Question(p, lines=4) for p in step["prompts"])
            cards = tuple(Card(e, "") for e in step.get("examples", []))
            sections.append(Section(step["title"], f"{step['body']}\n\n{repair['way_out_title']}: {step['way_out']}",
                                    questions, cards))
        return sections, False

    def _cycle_map(self, lang: str, _group: str):
        tree = self._exercises.tree(lang, "cycle_map")
        questions = []
        for f in tree["fields"]:
            words: tuple[str, ...] = ()
            if f["id"] in ("surface", "underneath"):
                words = tuple(tree["feelings"][f["id"]])
            elif f["id"] == "move":
                words = tuple(m["label"] for m in tree["moves"])
            elif f["id"] == "fear":
                words = tuple(tree["fears"])
            questions.append(Question(f["label"], f["help"], lines=3, words=words))
        return [Section(questions=tuple(questions))], False

    def _dans(self, lang: str, _group: str):
        questions = tuple(Question(t) for t in self._t(lang, "worksheets", "exercises.dans.questions"))
        boxes = tuple(questions[i].text for i in range(4))
        return [Section(self._t(lang, "worksheets", "sheet.loop_title"),
                        self._t(lang, "worksheets", "sheet.loop_hint"), loop=boxes),
                Section(questions=questions)], False

    def _answer_together(self, lang: str, _group: str):
        tree = self._exercises.tree(lang, "together")
        return [Section(questions=tuple(Question(self._fill_anyone(lang, p["question"]), lines=6)
                                        for p in tree["prompts"]))], False

    def _fill_anyone(self, lang: str, text: str) -> str:
        tree = self._exercises.tree(lang, "pattern_check")["names"]
        return text.replace("{name}", tree["anyone"]).replace("{my_name}", tree["my_anyone"])

    def _history(self, lang: str, _group: str):
        tree = self._exercises.tree(lang, "relationship_history")
        questions = tuple(Question(f["label"], f.get("help", ""), lines=5) for f in tree["fields"])
        return [Section(questions=questions)], False
