"""The exercises of one unlocked profile: the pattern mirror, step 1 "See the pattern", the journal.

Everything is stored as private texts (JSON inside the encrypted body), so what
a person answers or writes is ciphertext on disk like any note. Nothing here
keeps a plaintext index: search decrypts in memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from erfenis_desktop.domain.content import ContentBundle
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.domain.nudge import NudgeRules
from erfenis_desktop.domain.questionnaire import Naming, Questionnaire, person_key, valid_answer
from erfenis_desktop.storage.database import utc_now as _now

from .unlocked import ProfileError, Unlocked

#: For ``str.translate``: the accents of Latin letters once taken apart (U+0300–U+036F, every one a
#: combining mark except U+034F, which the search keeps as the slow path would).
_LATIN_ACCENTS = dict.fromkeys(c for c in range(0x300, 0x370) if c != 0x34F)

PATTERN_CHECK = "pattern_check"
STEP1 = "step1"
NOTE = "note"
TOGETHER = "together"  # an answer written side by side with the partner


@dataclass
class Run:
    """One go at the pattern mirror."""

    uuid: str | None = None
    parents: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)
    started: str = field(default_factory=_now)
    finished: str | None = None
    position: int = 0

    def to_json(self) -> str:
        return json.dumps({"v": 1, "parents": self.parents, "answers": self.answers, "started": self.started,
                           "finished": self.finished, "position": self.position}, ensure_ascii=False)

    @classmethod
    def from_json(cls, uuid: str, text: str) -> Run:
        """A run from its JSON; anything of the wrong shape (a partner's shared copy can hold
        whatever their own profile wrote) raises ValueError, and is counted as damaged."""
        data = loads_json(text)
        if not isinstance(data, dict):
            raise ValueError("not a run")
        parents, answers = data.get("parents"), data.get("answers")
        started, finished, position = data.get("started"), data.get("finished"), data.get("position", 0)
        if (not isinstance(parents, list) or not all(isinstance(p, str) for p in parents)
                or not isinstance(answers, dict) or not all(isinstance(k, str) for k in answers)
                or not all(v is None or type(v) in (int, str) for v in answers.values())
                or not isinstance(started, str) or not (finished is None or isinstance(finished, str))
                or type(position) is not int):
            raise ValueError("not a run")
        return cls(uuid, list(parents), dict(answers), started, finished, position)


@dataclass(frozen=True)
class Writing:
    """One answer in step 1: a prompt, for a parent figure (index) or for the parents together."""

    uuid: str
    prompt: str
    parent: int | None
    parent_name: str
    text: str
    updated: str


@dataclass(frozen=True)
class Entry:
    """One thing in the journal."""

    uuid: str
    kind: str  # note, step1, together, checkin (then ``prompt`` is the card's id), cycle_map, history,
    # pattern_check (the results of a finished run; ``parent_name``: the people it was about)
    when: str
    text: str
    prompt: str = ""
    parent_name: str = ""


def _newer(a: Writing, b: Writing) -> bool:
    """Of two answers to the same question for the same person, the one saved last counts;
    saved in the same instant, the one with words in it (never an empty one over a real one)."""
    return (a.updated, bool(a.text.strip())) > (b.updated, bool(b.text.strip()))


class Exercises:
    def __init__(self, content: ContentBundle):
        self._content = content
        self._cache: dict[tuple[str, str], object] = {}

    # Content -------------------------------------------------------------------------
    def questionnaire(self, lang: str) -> Questionnaire:
        key = ("questionnaire", lang)
        if key not in self._cache:
            self._cache[key] = Questionnaire.from_content(self._content.texts[lang]["pattern_check"],
                                                          self.naming(lang))
        return self._cache[key]

    def naming(self, lang: str) -> Naming:
        """How the people who raised someone read in a sentence in ``lang`` ("je moeder", "Riet")."""
        key = ("naming", lang)
        if key not in self._cache:
            self._cache[key] = Naming.from_content(lang, {code: files["pattern_check"]
                                                          for code, files in self._content.texts.items()})
        return self._cache[key]

    def nudge_rules(self, lang: str) -> NudgeRules:
        key = ("nudge", lang)
        if key not in self._cache:
            self._cache[key] = NudgeRules.from_content(self._content.texts[lang]["nudge"])
        return self._cache[key]

    def text(self, lang: str, name: str, key: str):
        return self._content.get(lang, name, key)

    def tree(self, lang: str, name: str):
        """A whole content file (for the services that build on the exercises)."""
        return self._content.texts[lang][name]

    def prompt_text(self, lang: str, prompt_id: str, parent_name: str, kind: str = STEP1) -> str:
        """The question an answer belongs to, with the person's name filled in. A few ids are
        both a step-1 question and a question to answer together ('repair'): an answer of
        ``kind`` together is looked up among the together questions first, a step-1 answer
        among step 1's."""
        from erfenis_desktop.domain.prompts import THEMES, file_name
        from erfenis_desktop.domain.questionnaire import fill_name

        texts = self._content.texts[lang]
        step1 = [(texts["see_the_pattern"], g) for g in ("parent_prompts", "couple_prompts", "mirror_prompts")]
        together = [(texts["together"], "prompts"), *((texts[file_name(t)], "prompts") for t in THEMES)]
        for tree, group in (together + step1 if kind == TOGETHER else step1 + together):
            for prompt in tree[group]:
                if prompt["id"] == prompt_id:
                    return fill_name(prompt["question"], parent_name, self.naming(lang))
        return ""

    # The pattern mirror ----------------------------------------------------------------
    @staticmethod
    def runs(unlocked: Unlocked) -> list[Run]:
        texts, _damaged = unlocked.readable_texts(PATTERN_CHECK)
        runs = []
        for t in texts:
            try:
                runs.append(Run.from_json(t.uuid, t.text))
            except (ValueError, KeyError, TypeError):
                continue  # unreadable content is skipped, never guessed at
        return sorted(runs, key=lambda r: r.started)

    def open_run(self, unlocked: Unlocked) -> Run | None:
        """The pattern mirror in progress, to resume where it was left."""
        return next((r for r in reversed(self.runs(unlocked)) if r.finished is None), None)

    def finished_runs(self, unlocked: Unlocked) -> list[Run]:
        return [r for r in self.runs(unlocked) if r.finished is not None]

    @staticmethod
    def save_run(unlocked: Unlocked, run: Run) -> Run:
        run.uuid = unlocked.save_text(PATTERN_CHECK, run.to_json(), run.uuid)
        return run

    def answer(self, unlocked: Unlocked, run: Run, question, value) -> Run:
        """Record one answer and save at once (so a restart resumes right here)."""
        if not valid_answer(value, question.item):
            raise ProfileError("invalid_answer")
        if value is None:
            run.answers.pop(question.key, None)
        else:
            run.answers[question.key] = value
        return self.save_run(unlocked, run)

    def finish(self, unlocked: Unlocked, run: Run) -> Run:
        run.finished = _now()
        return self.save_run(unlocked, run)

    # Step 1: See the pattern ------------------------------------------------------------
    @staticmethod
    def writings(unlocked: Unlocked) -> dict[tuple[str, str], Writing]:
        """Answers by (prompt id, person): the person by name, so a changed list of parent
        figures never files an answer under someone else."""
        texts, _damaged = unlocked.readable_texts(STEP1)
        out = {}
        for t in texts:
            try:
                data = loads_json(t.text)
                w = Writing(t.uuid, data["prompt"], data.get("parent"), data.get("parent_name", ""),
                            data["text"], t.updated_at)
            except (ValueError, KeyError, TypeError):
                continue
            key = (w.prompt, person_key(w.parent_name))
            if key not in out or _newer(w, out[key]):
                out[key] = w
        return out

    @staticmethod
    def save_writing(unlocked: Unlocked, prompt: str, parent: int | None, parent_name: str, text: str,
                     uuid: str | None = None) -> str:
        body = json.dumps({"v": 1, "prompt": prompt, "parent": parent, "parent_name": parent_name, "text": text},
                          ensure_ascii=False)
        return unlocked.save_text(STEP1, body, uuid)

    def form_text(self, lang: str, name: str, body: str) -> str:
        """The loop map or the earlier relationships (``name``: their content file) as one
        readable text: each question that was answered, with its answer below it. The chosen
        move is named in ``lang`` (its id is data); ticked words stay as they were ticked."""
        try:
            data = loads_json(body)
        except ValueError:
            return ""
        if not isinstance(data, dict):
            return ""
        tree = self.tree(lang, name)
        blocks = []
        for question in tree["fields"]:
            value = data.get(question["id"], "")
            value = value.strip() if isinstance(value, str) else ""
            if question["id"] == "move" and "moves" in tree:
                own = data.get("move_text", "")
                label = next((m["label"] for m in tree["moves"] if m["id"] == value), value)
                value = " — ".join(p for p in (label, own.strip() if isinstance(own, str) else "") if p)
            if value:
                blocks.append(f"{question['label']}\n{value}")
        return "\n\n".join(blocks)

    def results_text(self, lang: str, run: Run) -> str:
        """A finished pattern mirror's results as one readable text, in the words of the results
        screen: per person and for the parents together each pattern as "name: 5.3 / 7" (or
        "too few answers"), then the reaction trap and moving closer and stepping back."""
        from erfenis_desktop.domain.questionnaire import score

        results = score(self.questionnaire(lang), run.parents, run.answers)
        patterns = self.tree(lang, "patterns")
        decimal = self.tree(lang, "practice")["summary"]["week"]["decimal"]

        def line(scale: str, value: float | None) -> str:
            shown = f"{value:.1f}".replace(".", decimal) + " / 7" if value is not None \
                else patterns["results"]["not_enough"]
            return f"{patterns['scales'][scale]['name']}: {shown}"

        blocks = [[person] + [line(s, scores[s]) for s in ("absent", "overprotective")]
                  for person, scores in results.parents]
        if results.couple is not None:
            blocks.append([line(s, results.couple[s]) for s in ("unequal", "no_intimacy")])
        blocks.append([line("reactieval", results.reactieval)])
        blocks.append([patterns["results"]["axis_title"]] + [line(s, results.now[s]) for s in
                                                              ("pursue_self", "withdraw_self", "pursue_partner",
                                                               "withdraw_partner")])
        return "\n\n".join("\n".join(block) for block in blocks)

    @staticmethod
    def search(entries: list[Entry], query: str) -> list[Entry]:
        """Entries containing every word of the query (case and accents as typed are ignored)."""
        words = Exercises.fold(query).split()
        return [e for e in entries if all(w in Exercises.fold(e.text + " " + e.parent_name) for w in words)]

    @staticmethod
    def fold(text: str) -> str:
        """``text`` as the search compares it: without case and accents."""
        folded = text.casefold()
        if folded.isascii():  # most writing: nothing to take apart (and no character at a time)
            return folded
        import unicodedata

        folded = unicodedata.normalize("NFKD", folded).translate(_LATIN_ACCENTS)
        if folded.isascii():
            return folded
        return "".join(c for c in folded if not unicodedata.combining(c))
