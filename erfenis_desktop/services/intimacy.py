"""The intimacy check for one unlocked profile: answering, retaking, earlier results, sharing
by choice, and comparing with the partner only when both chose to share.

Every go at the check is a private item of kind ``intimacy`` (JSON inside the encrypted
body, see services/unlocked.py): its answers by item id (1–7, or "skip" for ‘Rather not’),
when it began and finished, where the person was. A result is shared only when its owner
chooses to (services/couple.py); a new finished result takes the place of an earlier shared
one (that one stops being shared), so what a partner sees is always the owner's latest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.domain.intimacy import AreaResult, Check
from erfenis_desktop.domain.jsontext import loads_json
from erfenis_desktop.storage.database import utc_now  # to the millisecond: the latest go is the one shared

from .unlocked import ProfileError, Unlocked

KIND = "intimacy"


@dataclass
class Take:
    """One go at the check."""

    uuid: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    started: str = field(default_factory=utc_now)
    finished: str | None = None
    position: int = 0
    text: str = ""  # the results in words, made when finished (what the shared timeline shows)

    def to_json(self) -> str:
        return json.dumps({"v": 1, "answers": self.answers, "started": self.started, "finished": self.finished,
                           "position": self.position, "text": self.text}, ensure_ascii=False)

    @classmethod
    def from_json(cls, uuid: str | None, text: str) -> Take:
        """ValueError for anything not of this shape (a partner's shared copy can hold anything)."""
        data = loads_json(text)
        if not isinstance(data, dict):
            raise ValueError("not a take")
        answers, started, finished = data.get("answers"), data.get("started"), data.get("finished")
        position, words = data.get("position", 0), data.get("text", "")
        if (not isinstance(answers, dict) or not all(isinstance(k, str) and rules.valid_answer(v)
                                                     for k, v in answers.items())
                or not isinstance(started, str) or not (finished is None or isinstance(finished, str))
                or type(position) is not int or not isinstance(words, str)):
            raise ValueError("not a take")
        return cls(uuid, dict(answers), started, finished, position, words)


@dataclass(frozen=True)
class Comparison:
    """Both partners' latest shared results, or why there is nothing to show (``reason``:
    "not_linked", "own_not_shared", "partner_not_shared"; "" when both are there)."""

    reason: str
    partner_name: str = ""
    partner_colour: str = ""
    mine: dict[str, AreaResult] | None = None
    theirs: dict[str, AreaResult] | None = None
    mine_when: str = ""
    theirs_when: str = ""
    biggest: str | None = None  # the area where they differ most (None: nothing to compare)
    differences: list[tuple[str, int]] = field(default_factory=list)


class IntimacyService:
    def __init__(self, exercises, couple=None):
        """``exercises``: services.exercises.Exercises (the content); ``couple``: CoupleService."""
        self.exercises, self.couple = exercises, couple
        self._checks: dict[str, Check] = {}

    # Content -------------------------------------------------------------------------------
    def check(self, lang: str) -> Check:
        if lang not in self._checks:
            self._checks[lang] = Check.from_content(self.texts(lang))
        return self._checks[lang]

    def texts(self, lang: str) -> dict[str, Any]:
        return self.exercises.tree(lang, "intimacy")

    def minutes(self, lang: str) -> int:
        return rules.minutes_for(len(self.check(lang).items))

    # Taking the check ----------------------------------------------------------------------
    @staticmethod
    def takes(u: Unlocked) -> list[Take]:
        """Every go, oldest first; one that does not open or has another shape is skipped."""
        texts, _damaged = u.readable_texts(KIND)
        out = []
        for t in texts:
            try:
                out.append(Take.from_json(t.uuid, t.text))
            except (ValueError, TypeError):
                continue
        return sorted(out, key=lambda take: take.started)

    def open_take(self, u: Unlocked) -> Take | None:
        """The go under way, to go on where it was left."""
        return next((t for t in reversed(self.takes(u)) if t.finished is None), None)

    def finished(self, u: Unlocked) -> list[Take]:
        """Finished results, oldest first (by when they were finished)."""
        return sorted((t for t in self.takes(u) if t.finished is not None), key=lambda t: (t.finished, t.started))

    @staticmethod
    def save(u: Unlocked, take: Take) -> Take:
        take.uuid = u.save_text(KIND, take.to_json(), take.uuid)
        return take

    def answer(self, u: Unlocked, take: Take, item_id: str, value, lang: str) -> Take:
        """Record one answer (1–7, "skip", or None to take it back) and save at once."""
        ids = {i.id for i in self.check(lang).items}
        if item_id not in ids or not rules.valid_answer(value):
            raise ProfileError("invalid_answer")
        if value is None:
            take.answers.pop(item_id, None)
        else:
            take.answers[item_id] = value
        return self.save(u, take)

    def finish(self, u: Unlocked, take: Take, lang: str) -> Take:
        """Finish this go. An earlier result that was shared stops being shared: what the
        partner can see is only ever the latest, and only when the person shares it again."""
        take.finished = utc_now()
        take.text = self.results_text(lang, take)
        take = self.save(u, take)
        sharing = self.sharing(u)
        for earlier in self.finished(u):
            if earlier.uuid != take.uuid and sharing and earlier.uuid in sharing:
                self.couple.unshare(u, sharing[earlier.uuid])
        return take

    # Results -------------------------------------------------------------------------------
    def result(self, take: Take, lang: str) -> dict[str, AreaResult]:
        return rules.score(self.check(lang), take.answers)

    def results_text(self, lang: str, take: Take) -> str:
        """The results as one readable text (the journal, the shared timeline): per area its
        name, score and band, or "not enough answers"."""
        texts, check = self.texts(lang), self.check(lang)
        lines = []  # (shown under the check's name: in the journal, and What we shared)
        for area in check.areas:
            r = self.result(take, lang)[area.id]
            shown = f"{r.score} / 100, {texts['bands'][r.band]}" if r.score is not None \
                else texts["results"]["not_enough"]
            lines.append(f"{area.name}: {shown}")
        return "\n".join(lines)

    # Sharing -------------------------------------------------------------------------------
    def sharing(self, u: Unlocked | None) -> dict[str, str] | None:
        """This person's own shared results, {private id: shared copy id}; None when sharing
        is not possible now (no partner, or the link needs attention)."""
        if u is None or self.couple is None or self.couple.state(u) != "linked":
            return None
        texts, _damaged = self.couple.shared(u)
        return {t.source_uuid: t.uuid for t in texts if t.owner_uuid == u.profile.uuid and t.kind == KIND}

    def share(self, u: Unlocked, take: Take) -> str:
        """Share a finished result with the partner (the person's choice, never automatic)."""
        if take.uuid is None or take.finished is None:
            raise ProfileError("not_shareable")
        return self.couple.share(u, take.uuid)

    def unshare(self, u: Unlocked, take: Take) -> None:
        shared = (self.sharing(u) or {}).get(take.uuid)
        if shared is not None:
            self.couple.unshare(u, shared)

    def _partner_shared(self, u: Unlocked) -> Take | None:
        """The partner's latest shared result, read only from what they shared."""
        texts, _damaged = self.couple.shared(u)
        found = []
        for t in texts:
            if t.kind != KIND or t.owner_uuid == u.profile.uuid:
                continue
            try:
                take = Take.from_json(None, t.text)
            except (ValueError, TypeError):
                continue
            if take.finished is not None:
                found.append(take)
        return max(found, key=lambda take: take.finished) if found else None

    def comparison(self, u: Unlocked, lang: str) -> Comparison:
        """Side by side, only when both chose to share their latest result; else only why not
        (and nothing of the partner at all)."""
        sharing = self.sharing(u)
        if sharing is None:
            return Comparison("not_linked")
        partner_uuid = self.couple.partner_of(u.profile.uuid)
        partner = self.couple.vault.profile(partner_uuid) if partner_uuid else None
        name, colour = (partner.name, partner.colour) if partner is not None else ("", "")
        mine = self.finished(u)
        if not mine or mine[-1].uuid not in sharing:
            return Comparison("own_not_shared", name)
        theirs = self._partner_shared(u)
        if theirs is None:
            return Comparison("partner_not_shared", name)
        a, b = self.result(mine[-1], lang), self.result(theirs, lang)
        return Comparison("", name, colour, a, b, mine[-1].finished, theirs.finished,
                          rules.biggest_difference(a, b), rules.differences(a, b))
