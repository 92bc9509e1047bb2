"""Doing an exercise together: the questions, locking in, sharing, the reveal, the timeline.

An answer written together is a private text of its writer (kind ``together``),
like anything else they write. Only what its writer chooses to share is copied
into the couple's space (see ``couple.py``); the reveal and the shared timeline
read nothing else.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass

from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.domain.questionnaire import fill_name

from .couple import SHARED_AREAS, CoupleService, SharedText
from .exercises import NOTE, PATTERN_CHECK, STEP1, TOGETHER, Exercises, Run
from .unlocked import ProfileError, Unlocked

#: What a person may share with their partner, and what the timeline can show.
SHAREABLE = (TOGETHER, STEP1, NOTE, PATTERN_CHECK)


@dataclass(frozen=True)
class Prompt:
    id: str
    group: str  # prompts (together.toml, prompts_<theme>.toml), couple_prompts, mirror_prompts, parent_prompts
    question: str  # may hold {name}: each writer fills in one of their own parent figures
    hint: str

    @property
    def about_someone(self) -> bool:
        return "{name}" in self.question


@dataclass(frozen=True)
class TimelineItem:
    uuid: str  # the shared copy
    owner_uuid: str
    kind: str
    when: str
    title: str  # the question, or what kind of thing it is
    text: str
    run: Run | None = None  # a shared pattern mirror
    progress: object | None = None  # a shared card's progress (services.practice.SharedProgress)


def new_session_id() -> str:
    return str(uuidlib.uuid4())


class Together:
    def __init__(self, couple: CoupleService, exercises: Exercises):
        self.couple, self.exercises = couple, exercises

    # The questions -------------------------------------------------------------------
    def prompts(self, lang: str) -> list[Prompt]:
        """The couple's own questions first (together.toml, then each theme's file: see
        services/prompts.py), then the step-1 questions that fit two people."""
        from erfenis_desktop.domain.prompts import THEMES, file_name

        out = [Prompt(p["id"], "prompts", p["question"], p["hint"])
               for name in ("together", *map(file_name, THEMES)) for p in self.exercises.tree(lang, name)["prompts"]]
        step1 = self.exercises.tree(lang, "see_the_pattern")
        for group in ("couple_prompts", "mirror_prompts", "parent_prompts"):
            out += [Prompt(p["id"], group, p["question"], p["concrete"]) for p in step1[group]]
        return out

    def prompt(self, lang: str, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts(lang) if p.id == prompt_id), None)

    def question(self, lang: str, prompt_id: str, person: str) -> str:
        found = self.prompt(lang, prompt_id)
        return fill_name(found.question, person, self.exercises.naming(lang)) if found else ""

    # Writing, locking in, sharing ----------------------------------------------------
    @staticmethod
    def lock_in(u: Unlocked, prompt_id: str, person: str, text: str, session_id: str) -> str:
        """Keep the answer as the writer's own private text; returns its id."""
        if not text.strip():
            raise ProfileError("empty")
        body = json.dumps({"v": 1, "prompt": prompt_id, "parent_name": person, "text": text,
                           "session": session_id}, ensure_ascii=False)
        return u.save_text(TOGETHER, body)

    def share(self, u: Unlocked, source_uuid: str) -> str:
        if u.read_text(source_uuid).kind not in SHAREABLE:
            raise ProfileError("not_shareable")
        return self.couple.share(u, source_uuid)

    def unshare(self, u: Unlocked, shared_uuid: str) -> None:
        self.couple.unshare(u, shared_uuid)

    def sharing(self, u: Unlocked | None) -> dict[str, str] | None:
        """This person's own shared items, {private source id: shared copy id}; None when
        sharing is not possible now (no partner, or the link needs attention)."""
        if u is None or self.couple.state(u) != "linked":
            return None
        texts, _damaged = self.couple.shared(u)
        return {t.source_uuid: t.uuid for t in texts if t.owner_uuid == u.profile.uuid}

    def revealed(self, reader: Unlocked, session_id: str) -> dict[str, str]:
        """What each partner shared of this session: {writer's profile id: their answer}."""
        texts, _damaged = self.couple.shared(reader)
        out = {}
        for t in texts:
            data = self._data(t)
            if t.kind == TOGETHER and data and data.get("session") == session_id and isinstance(data.get("text"), str):
                out[t.owner_uuid] = data["text"]
        return out

    # The shared timeline -------------------------------------------------------------
    @staticmethod
    def _data(t: SharedText) -> dict | None:
        """The JSON of a shared text, when it has the shape Erfenis writes: an object whose
        prompt, person and text are strings (a partner could share anything else)."""
        try:
            data = loads_json(t.text)
        except ValueError:
            return None
        if not isinstance(data, dict) or not all(isinstance(data.get(k, ""), str)
                                                 for k in ("prompt", "parent_name", "text", "session")):
            return None
        return data

    def timeline(self, reader: Unlocked, lang: str) -> tuple[list[TimelineItem], int]:
        """What the couple shared, newest first, and how many shared items are damaged. Kept with
        the profile while neither partner's sharing changes (``Unlocked.kept``): a note written
        meanwhile does not make it again."""
        items, damaged = reader.kept(f"timeline {lang}", lambda: self._timeline(reader, lang),
                                     self.couple.partner_revision(reader), areas=SHARED_AREAS)
        return list(items), damaged

    def _timeline(self, reader: Unlocked, lang: str) -> tuple[tuple[TimelineItem, ...], int]:
        texts, damaged = self.couple.shared(reader)
        items = []
        for t in texts:
            if t.kind == NOTE:
                items.append(TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at, "", t.text))
                continue
            data = self._data(t)
            if data is None:
                damaged += 1
            elif t.kind == "cycle_map":
                texts = self.exercises.tree(lang, "cycle_map")
                lines = []
                for field in texts["fields"]:
                    value = str(data.get(field["id"], "")).strip()
                    if field["id"] == "move":
                        value = str(data.get("move_text", "")).strip() or next(
                            (m["label"] for m in texts["moves"] if m["id"] == value), value)
                    if value:
                        lines.append(f"{field['label']} {value}")
                items.append(TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at, texts["intro"]["title"],
                                          "\n".join(lines)))
            elif t.kind == "generations":  # read as a text, in the reader's language
                from .generations import GenerationsService

                text = GenerationsService(self.exercises).readable(lang, t.text)
                if text:
                    items.append(TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at,
                                              self.exercises.tree(lang, "generations")["intro"]["title"], text))
                else:
                    damaged += 1
            elif t.kind == "practice_progress":
                item = self._progress(t, lang)
                if item is None:
                    damaged += 1
                else:
                    items.append(item)
            elif t.kind == PATTERN_CHECK:
                try:
                    run = Run.from_json(t.source_uuid, t.text)
                except (KeyError, TypeError, ValueError):
                    damaged += 1
                    continue
                items.append(TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at, "", "", run))
            else:
                prompt, person = data.get("prompt", ""), data.get("parent_name", "")
                title = self.exercises.prompt_text(lang, prompt, person, t.kind)
                items.append(TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at, title, data.get("text", "")))
        return tuple(sorted(items, key=lambda i: i.when, reverse=True)), damaged

    def _progress(self, t: SharedText, lang: str) -> TimelineItem | None:
        """A shared card's progress: a title naming its owner and the card (in the reader's
        language when the card is in the deck) and the sentences as its owner saw them; None
        when it is not of that shape (a partner could share any JSON)."""
        from erfenis_desktop.domain.names import fill

        from .practice import Practice, SharedProgress

        try:
            progress = SharedProgress.from_json(t.text)
        except (KeyError, TypeError, ValueError):
            return None
        practice = Practice(self.exercises)
        card = practice.deck(lang).card(progress.card)
        owner = self.couple.vault.profile(t.owner_uuid).name
        title = fill(practice.texts(lang)["progress"]["shared_title"], name=owner,
                     card=card.title if card is not None else (progress.title or progress.card)).strip()
        text = "\n".join(s for s in (progress.week_sentence, progress.overall_sentence) if s.strip())
        return TimelineItem(t.uuid, t.owner_uuid, t.kind, t.created_at, title, text, progress=progress)

    def shared_results(self, reader: Unlocked) -> dict[str, Run]:
        """Each partner's latest shared pattern mirror, by profile id."""
        out: dict[str, Run] = {}
        for item in self.timeline(reader, "en")[0]:
            if item.run is not None and item.run.finished and item.owner_uuid not in out:
                out[item.owner_uuid] = item.run
        return out
