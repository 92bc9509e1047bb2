"""`erfenis --demo`: a fictional couple in a throw-away data folder.

Two profiles (their passwords are shown on the picker), each with a finished pattern
check, a cycle map, a relationship history, a private note, a few answers written
together, two cards of step 2 with a few weeks of check-ins (step 3's chart) and a
finished intimacy check; linked, with the pattern mirrors, cycle maps, answers and
intimacy results shared. The people and their writing come from ``demo.toml`` in the
chosen language.
"""

from __future__ import annotations

import uuid as uuidlib
from datetime import UTC, datetime, timedelta

from erfenis_desktop.domain.practice import CheckIn
from erfenis_desktop.domain.questionnaire import questions

from .couple import CoupleService
from .dans import CYCLE_MAP, HISTORY, DansService
from .exercises import Exercises, Run
from .intimacy import IntimacyService, Take
from .practice import Practice
from .together import Together
from .vault import VaultService

#: Answers (1–7) per scale: the first person tends to move closer, the second to step back.
_SCALES = (
    {"absent": (3, 6), "overprotective": (2, 3), "unequal": 5, "no_intimacy": 5, "pursue_self": 6,
     "withdraw_self": 2, "pursue_partner": 2, "withdraw_partner": 6, "reactieval": 3},
    {"absent": (2, 3), "overprotective": (6, 2), "unequal": 3, "no_intimacy": 6, "pursue_self": 2,
     "withdraw_self": 6, "pursue_partner": 6, "withdraw_partner": 3, "reactieval": 5},
)


def _answers(exercises: Exercises, lang: str, parents: list[str], scales: dict) -> dict:
    q = exercises.questionnaire(lang)
    out = {}
    for question in questions(q, parents):
        target = scales.get(question.item.scale, 4)
        if isinstance(target, tuple):  # per parent figure, in the order of ``parents``
            target = target[0] if question.key.startswith(f"parent:{_key(parents[0])}:") else target[1]
        out[question.key] = 8 - target if question.item.reverse else target
    return out


def _key(name: str) -> str:
    from erfenis_desktop.domain.questionnaire import person_key

    return person_key(name)


def _practise(practice: Practice, u, plan: dict, lang: str, now: datetime) -> None:
    """Step 2's cards, chosen the day before the first check-in, and the check-ins on the first."""
    checkins = plan.get("checkins", [])
    first = max((c["days_ago"] for c in checkins), default=0) + 1
    practice.choose(u, list(plan["card_ids"]), lang, today=(now - timedelta(days=first)).date())
    for c in checkins:
        when = (now - timedelta(days=c["days_ago"])).isoformat(timespec="seconds")
        practice.check_in(u, CheckIn(plan["card_ids"][0], when, used=True, situation=c["situation"],
                                     before=c["discomfort_before"], after=c["discomfort_after"],
                                     happened=c["happened"]))


def _intimacy(intimacy: IntimacyService, u, per_area: dict, lang: str) -> None:
    """The intimacy check, finished and shared: each statement answered as its area says
    (a reversed statement the other way round)."""
    take = Take()
    for item in intimacy.check(lang).items:
        value = per_area[item.area]
        take.answers[item.id] = 8 - value if item.reverse else value
    intimacy.share(u, intimacy.finish(u, intimacy.save(u, take), lang))


def populate(vault: VaultService, exercises: Exercises, lang: str) -> dict[str, str]:
    """Make the demo couple; returns {profile id: demo password} for the picker."""
    demo = exercises.tree(lang, "demo")
    couple = CoupleService(vault)
    dans, together = DansService(couple, exercises), Together(couple, exercises)
    practice, intimacy = Practice(exercises, couple), IntimacyService(exercises, couple)
    now = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    people, passwords = [], {}
    for key in ("a", "b"):
        person = demo["people"][key]
        unlocked, _code = vault.create(person["name"], person["password"])
        vault.confirm_recovery_saved(unlocked)
        passwords[unlocked.profile.uuid] = person["password"]
        people.append((unlocked, person))
    couple.link(people[0][0], people[1][0])
    session = str(uuidlib.uuid4())
    for i, (u, person) in enumerate(people):
        run = Run(parents=list(person["parents"]))
        run.answers = _answers(exercises, lang, run.parents, _SCALES[i])
        run = exercises.finish(u, exercises.save_run(u, run))
        couple.share(u, run.uuid)
        cycle = {**{k: str(v) for k, v in person["cycle"].items()}, "move_text": ""}
        couple.share(u, dans.save(u, CYCLE_MAP, cycle))
        dans.save(u, HISTORY, dict(person["history"]))
        u.save_text("note", demo["note_a" if i == 0 else "note_b"])
        for answer in person["answers"]:
            couple.share(u, together.lock_in(u, answer["prompt"], "", answer["text"], session))
        if "practice" in person:
            _practise(practice, u, person["practice"], lang, now)
        if "intimacy_answers" in person:
            _intimacy(intimacy, u, person["intimacy_answers"], lang)
    for u, _person in people:
        u.lock()
    return passwords
