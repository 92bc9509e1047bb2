"""Steps 2 and 3 for one unlocked profile: choosing cards, check-ins, progress, reminders,
and sharing one's progress with the partner. Everything is a private item (JSON inside
the encrypted body, see services/unlocked.py) until the person shares it.

Kinds of private item:

* ``practice_plan``: the cards chosen for the coming week (one item, updated);
* ``checkin``: one check-in (domain.practice.CheckIn);
* ``practice_progress``: a snapshot of one card's progress, made only to be shared;
* ``practice_settings``: the reminder settings (per person, so they are private too);
* ``practice_together``: a private rating of discomfort after practising together;
* ``repair``: what a person wrote during "Na een botsing" (after a clash).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from erfenis_desktop.domain import dans
from erfenis_desktop.domain import practice as rules
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.domain.practice import CheckIn, Deck, ReminderSettings, Summary
from erfenis_desktop.domain.questionnaire import score
from erfenis_desktop.storage.database import utc_now

from .exercises import Exercises, Run
from .read_cache import kind_area
from .unlocked import PrivateText, ProfileError, Unlocked

PLAN = "practice_plan"
CHECKIN = "checkin"
PROGRESS = "practice_progress"
SETTINGS = "practice_settings"
TOGETHER_RATING = "practice_together"
REPAIR = "repair"


@dataclass(frozen=True)
class Plan:
    cards: tuple[str, ...]  # card ids, at most domain.practice.MAX_CHOSEN
    since: str  # ISO date the cards were chosen
    uuid: str | None = None


@dataclass(frozen=True)
class Progress:
    card: str
    points: list[tuple[date, float]]
    trend: list[tuple[date, float]]
    week: Summary  # the last seven days
    overall: Summary
    week_sentence: str
    overall_sentence: str


@dataclass(frozen=True)
class Suggestion:
    card: str
    reason: str  # why this card, in the person's language, from their own pattern mirror


@dataclass(frozen=True)
class SharedProgress:
    """A ``practice_progress`` item as its owner made it to share: one card's progress, the
    sentences as they were shown to the owner (in the owner's language)."""

    card: str
    title: str  # the card's title as the owner saw it
    points: list[tuple[date, float]]
    week: Summary
    overall: Summary
    week_sentence: str
    overall_sentence: str
    made_at: str

    def to_json(self) -> str:
        return json.dumps({"v": 1, "card": self.card, "title": self.title,
                           "points": [[d.isoformat(), v] for d, v in self.points],
                           "week": _summary_json(self.week), "overall": _summary_json(self.overall),
                           "week_sentence": self.week_sentence, "overall_sentence": self.overall_sentence,
                           "made_at": self.made_at}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SharedProgress:
        """``ValueError`` for anything not of this shape: a partner can share any JSON."""
        data = _object(text)
        card, title, made_at = data.get("card"), data.get("title", ""), data.get("made_at")
        sentences = data.get("week_sentence"), data.get("overall_sentence")
        if (not isinstance(card, str) or not card.strip() or not isinstance(title, str)
                or not isinstance(made_at, str) or not all(isinstance(s, str) for s in sentences)):
            raise ValueError("not a practice progress")
        # Pairs of an ISO date and a discomfort; anything else raises TypeError or ValueError.
        points = [(date.fromisoformat(day), _discomfort(value)) for day, value in data.get("points")]
        return cls(card, title, points, _summary(data.get("week")), _summary(data.get("overall")),
                   sentences[0], sentences[1], made_at)


def _object(text: str) -> dict[str, Any]:
    data = loads_json(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _discomfort(value: Any) -> float:
    """A discomfort as stored: a number (not a truth value) on the 0–10 scale."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not rules.LOWEST <= value <= rules.HIGHEST:
        raise ValueError("not a discomfort")  # (NaN is never within the scale)
    return float(value)


def _summary_json(summary: Summary) -> dict[str, Any]:
    return {"count": summary.count, "start": summary.start, "end": summary.end, "shape": summary.shape}


def _summary(data: Any) -> Summary:
    if not isinstance(data, dict) or set(data) != {"count", "start", "end", "shape"}:
        raise ValueError("not a summary")
    count, shape = data["count"], data["shape"]
    if isinstance(count, bool) or not isinstance(count, int) or count < 0 or shape not in rules.SHAPES:
        raise ValueError("not a summary")
    start, end = (None if data[k] is None else _discomfort(data[k]) for k in ("start", "end"))
    return Summary(count, start, end, shape)


def _plan(item: PrivateText) -> Plan:
    """A plan from its item; ``ValueError`` for anything of another shape (counted as damaged)."""
    data = _object(item.text)
    cards, since = data.get("cards"), data.get("since")
    if (not isinstance(cards, list) or not 1 <= len(cards) <= rules.MAX_CHOSEN
            or not all(isinstance(c, str) and c for c in cards) or len(set(cards)) != len(cards)):
        raise ValueError("not a plan")
    date.fromisoformat(since)  # TypeError when it is not text
    return Plan(tuple(cards), since, item.uuid)


def _latest(items: list[PrivateText]) -> list[PrivateText]:
    """Newest first (by when it was last saved)."""
    return sorted(items, key=lambda t: t.updated_at, reverse=True)


@dataclass
class RepairStep:
    """One step of "Na een botsing", built from what both partners shared in their loop map."""

    key: str  # "happened", "moves", "underneath", "listen", "needs", "repair"
    title: str
    body: str  # may quote the partners' own shared words (plain text)
    way_out: str  # the way out at this step
    prompts: list[str] = field(default_factory=list)  # what each may write here


class Practice:
    def __init__(self, exercises: Exercises, couple=None):
        """``couple``: the CoupleService (for sharing progress and the repair conversation)."""
        self.exercises, self.couple = exercises, couple
        self._decks: dict[str, Deck] = {}

    def deck(self, lang: str) -> Deck:
        if lang not in self._decks:
            self._decks[lang] = Deck.from_content(self.texts(lang))
        return self._decks[lang]

    def texts(self, lang: str):
        """The whole practice.toml tree of a language."""
        return self.exercises.tree(lang, "practice")

    # Step 2 ------------------------------------------------------------------------------
    def plan(self, u: Unlocked) -> Plan | None:
        """The cards chosen for the coming week, or None (none chosen, or the plan is damaged)."""
        for item in _latest(u.readable_texts(PLAN)[0]):
            try:
                return _plan(item)
            except (ValueError, TypeError):
                continue
        return None

    def choose(self, u: Unlocked, cards: list[str], lang: str, today: date | None = None) -> Plan:
        """Choose one or two cards for the coming week (ProfileError "invalid_answer" else).
        The plan is one item, updated in place; ``since`` stays when the same cards are chosen
        again, else it is ``today`` (the local date when None)."""
        deck = self.deck(lang)
        if (not isinstance(cards, (list, tuple)) or not 1 <= len(cards) <= rules.MAX_CHOSEN
                or not all(isinstance(c, str) and deck.card(c) is not None for c in cards)
                or len(set(cards)) != len(cards)):
            raise ProfileError("invalid_answer")
        texts = _latest(u.readable_texts(PLAN)[0])
        current = self.plan(u)
        if current is not None and set(current.cards) == set(cards):
            since = current.since
        else:
            since = (today or date.today()).isoformat()
        # Update the plan in place: the one that opens, else any plan item (of a wrong shape).
        uuid = current.uuid if current is not None else (texts[0].uuid if texts else None)
        body = json.dumps({"v": 1, "cards": list(cards), "since": since}, ensure_ascii=False)
        return Plan(tuple(cards), since, u.save_text(PLAN, body, uuid))

    def tendency(self, run: Run, lang: str) -> str:
        """"pursue", "withdraw" or "unclear": where a finished pattern mirror places the person,
        decided as the dans view decides it (domain.dans.Side.tendency on the position that
        domain.questionnaire.score gives; services/dans.py DansService.side does the same)."""
        position = score(self.exercises.questionnaire(lang), run.parents, run.answers).you
        found = dans.Side("", position).tendency
        return found if found in (dans.PURSUE, dans.WITHDRAW) else "unclear"

    def suggestion(self, u: Unlocked, lang: str) -> Suggestion | None:
        """A card from the person's own latest finished pattern mirror, and why; None without one."""
        runs = self.exercises.finished_runs(u)
        if not runs:
            return None
        tendency = self.tendency(runs[-1], lang)  # the latest, as in the dans view
        texts = self.texts(lang)
        card = rules.suggested_card(tendency, texts.get("suggest", {}))
        if card is None or self.deck(lang).card(card) is None:
            return None
        return Suggestion(card, self._reason(texts, tendency))

    @staticmethod
    def _reason(texts, tendency: str) -> str:
        reasons = texts.get("suggest_reason", {})
        reason = reasons.get(tendency, "") if isinstance(reasons, dict) else ""
        return reason.strip() if isinstance(reason, str) else ""

    def check_in(self, u: Unlocked, checkin: CheckIn) -> str:
        """Keep a check-in as a private item (a new one, or a new version of ``checkin.uuid``);
        ProfileError "invalid_answer" when it has the wrong shape or names no card of the deck."""
        try:
            body = checkin.to_json()
        except (ValueError, TypeError):
            raise ProfileError("invalid_answer") from None
        if not any(self.deck(lang).card(checkin.card) is not None for lang in self._languages()):
            raise ProfileError("invalid_answer")
        return u.save_text(CHECKIN, body, checkin.uuid)

    def read_checkins(self, u: Unlocked, card: str | None = None) -> tuple[list[CheckIn], int]:
        """The person's check-ins (of one card), oldest first, and how many are damaged (do
        not open, or hold JSON of another shape: skipped, never guessed at)."""
        every, damaged = u.kept("checkins", lambda: self._read_all_checkins(u), areas=frozenset({kind_area(CHECKIN)}))
        return [c for c in every if card is None or c.card == card], damaged

    @staticmethod
    def _read_all_checkins(u: Unlocked) -> tuple[tuple[CheckIn, ...], int]:
        """Every check-in, oldest first (read once for all the cards of step 3, kept while
        nothing changes: see ``Unlocked.kept``)."""
        texts, damaged = u.readable_texts(CHECKIN)
        out = []
        for t in texts:
            try:
                out.append(CheckIn.from_json(t.uuid, t.text))
            except (ValueError, TypeError, KeyError):
                damaged += 1
        return tuple(sorted(out, key=lambda c: c.when)), damaged

    def checkins(self, u: Unlocked, card: str | None = None) -> list[CheckIn]:
        return self.read_checkins(u, card)[0]

    def checkin_text(self, checkin: CheckIn, lang: str) -> str:
        """One check-in as one readable text, for "Everything I wrote" (its list, search and
        export): the card, then each question of the check-in that was answered, with its answer."""
        from erfenis_desktop.domain.names import fill

        texts = self.texts(lang)["checkin"]
        card = self.deck(lang).card(checkin.card)
        lines = [fill(texts["journal_title"], card=card.title if card is not None else checkin.card).strip()]
        if checkin.used is not None:
            lines.append(f"{texts['used']} {texts['used_yes'] if checkin.used else texts['used_no']}")
        for key in ("situation", "before", "after", "happened", "body"):
            value = getattr(checkin, key)
            value = "" if value is None else str(value).strip()
            if value:
                lines.append(f"{texts[key]} {value}")
        return "\n".join(lines)

    def _languages(self) -> tuple[str, ...]:
        return self.exercises._content.languages  # ids are data: the same in every language

    # Step 3 ------------------------------------------------------------------------------
    def progress(self, u: Unlocked, card: str, lang: str, today: date, tz: tzinfo | None = None) -> Progress:
        """One card's discomfort over the days up to ``today``, its trend, and what the last
        seven days and all of it say. Days are counted in ``tz`` (the local time zone when None)."""
        zone = tz or datetime.now().astimezone().tzinfo

        def make() -> Progress:
            series = [(d, v) for d, v in rules.points(self.checkins(u, card), card, zone) if d <= today]
            week = rules.summarise(series, since=today - timedelta(days=6), until=today)
            overall = rules.summarise(series, until=today)
            texts = self.texts(lang)["summary"]
            return Progress(card, series, rules.trend(series), week, overall, rules.summary_sentence(week, texts, "week"),
                            rules.summary_sentence(overall, texts, "overall"))

        # Kept while no check-in changes (a note written meanwhile leaves it), for this day and zone.
        return u.kept(f"progress {card} {lang} {today.isoformat()} {zone!r}", make,
                      areas=frozenset({kind_area(CHECKIN)}))

    def share_progress(self, u: Unlocked, card: str, lang: str, today: date, tz: tzinfo | None = None) -> str:
        """Share one card's progress with the partner (through the couple's sharing); returns
        the shared copy's id. The snapshot is one private item per card, updated in place, so
        sharing again replaces what the partner saw before (saving a changed shared text
        withdraws its old copy); when nothing changed since, the copy they have stays.
        ProfileError: "no_couple" (or the link's own code) without a usable link,
        "invalid_answer" for a card not in the deck, "empty" without check-ins."""
        if self.couple is None:
            raise ProfileError("no_couple")
        found = self.deck(lang).card(card)
        if found is None:
            raise ProfileError("invalid_answer")
        state = self.couple.state(u)
        if state != "linked":
            raise ProfileError({"single": "no_couple", "changed": "partner_key_changed"}.get(state, "damaged"))
        shown = self.progress(u, card, lang, today, tz)
        if shown.overall.count == 0:
            raise ProfileError("empty")
        snapshot = SharedProgress(card, found.title, shown.points, shown.week, shown.overall, shown.week_sentence,
                                  shown.overall_sentence, utc_now())
        uuid, before = self._progress_item(u, card)
        shared = self.shared_progress(u, card)
        if shared is not None and before == replace(snapshot, made_at=before.made_at):
            return shared  # nothing changed since it was shared: the partner already has this
        return self.couple.share(u, u.save_text(PROGRESS, snapshot.to_json(), uuid))

    @staticmethod
    def _progress_item(u: Unlocked, card: str) -> tuple[str | None, SharedProgress | None]:
        """The private snapshot of one card's progress (its id and what it holds), if there is
        one that opens."""
        for item in _latest(u.readable_texts(PROGRESS)[0]):
            try:
                progress = SharedProgress.from_json(item.text)
            except (ValueError, TypeError, KeyError):
                continue
            if progress.card == card:
                return item.uuid, progress
        return None, None

    def shared_progress(self, u: Unlocked, card: str) -> str | None:
        """The shared copy of this card's progress, when it is shared now (else None)."""
        from .share_index import shared_copies

        uuid = self._progress_item(u, card)[0]
        copies = shared_copies(u, uuid) if uuid is not None else []
        return copies[0] if copies else None

    # Reminders ---------------------------------------------------------------------------
    @staticmethod
    def _settings_items(u: Unlocked) -> tuple[ReminderSettings | None, str | None]:
        """The settings that open, and the item to update in place."""
        items = _latest(u.readable_texts(SETTINGS)[0])
        for item in items:
            try:
                return ReminderSettings.from_json(item.text), item.uuid
            except (ValueError, TypeError):
                continue
        return None, items[0].uuid if items else None

    def reminder_settings(self, u: Unlocked) -> ReminderSettings:
        """The person's own reminder settings; off (the defaults) when there are none that open."""
        return self._settings_items(u)[0] or ReminderSettings()

    def set_reminder_settings(self, u: Unlocked, settings: ReminderSettings) -> None:
        _current, uuid = self._settings_items(u)
        u.save_text(SETTINGS, settings.to_json(), uuid)

    # Together ----------------------------------------------------------------------------
    def rate_together(self, u: Unlocked, session_id: str, discomfort: int) -> str:
        """Keep how uncomfortable practising together felt (0–10) as the writer's own private
        item; rating the same session again replaces it. ProfileError "invalid_answer" for a
        value off the scale."""
        import json

        from erfenis_desktop.domain.practice import HIGHEST, LOWEST
        from erfenis_desktop.storage.database import utc_now

        from .unlocked import ProfileError

        if type(discomfort) is not int or not LOWEST <= discomfort <= HIGHEST or not session_id:
            raise ProfileError("invalid_answer")
        existing = None
        for text in u.readable_texts(TOGETHER_RATING)[0]:
            try:
                if loads_json(text.text).get("session") == session_id:
                    existing = text.uuid
            except (ValueError, AttributeError):
                continue
        body = json.dumps({"v": 1, "session": session_id, "discomfort": discomfort, "when": utc_now()})
        return u.save_text(TOGETHER_RATING, body, existing)

    def repair_steps(self, reader: Unlocked, lang: str) -> list[RepairStep]:
        """"Na een botsing" for a linked couple, from both partners' latest SHARED loop maps
        (services/dans.py builds the sides; nothing private is read). When one or both shared
        none, one step with key "missing" says so kindly and what to do: nothing is guessed."""
        from erfenis_desktop.domain import repair

        from .dans import DansService
        from .unlocked import ProfileError

        state = self.couple.state(reader)
        if state != "linked":
            raise ProfileError({"single": "no_couple", "changed": "partner_key_changed"}.get(state, "damaged"))
        data = DansService(self.couple, self.exercises).view(reader, lang)
        if len(data.people) != 2:
            raise ProfileError("no_couple")
        texts = self.texts(lang)["repair"]
        names = [p.name for p in data.people]
        if not all(data.has_cycle):
            return [RepairStep("missing", repair.fill(texts["title"]),
                               repair.missing(names, data.has_cycle, texts["missing"]), "")]
        card = None
        try:
            listening = self.deck(lang).group("listening")
        except (KeyError, ValueError):  # no cards: the step's own words are enough
            listening = []
        if listening:
            card = repair.ListeningCard(listening[0].title, listening[0].phrase, listening[0].why)
        return [RepairStep(s.key, s.title, s.body, s.way_out, list(s.prompts))
                for s in repair.steps(data.sides[0], data.sides[1], texts, card)]

    def save_repair(self, u: Unlocked, session_id: str, answers: dict[str, str]) -> str:
        """Keep what this person wrote during one repair conversation as their own private item
        (one per person and conversation: saving again replaces it). ProfileError "empty" when
        there is nothing to keep yet."""
        import json

        from erfenis_desktop.storage.database import utc_now

        from .unlocked import ProfileError

        clean = {k: v for k, v in answers.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
        existing = None
        for text in u.readable_texts(REPAIR)[0] if session_id else []:
            try:
                if loads_json(text.text).get("session") == session_id:
                    existing = text.uuid
            except (ValueError, AttributeError):
                continue
        if not session_id or (not clean and existing is None):
            raise ProfileError("empty")
        body = json.dumps({"v": 1, "session": session_id, "answers": clean, "when": utc_now()}, ensure_ascii=False)
        return u.save_text(REPAIR, body, existing)
