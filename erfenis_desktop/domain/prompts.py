"""The questions to answer together, by theme, and which one a couple is offered next (pure).

Each theme has its own content file, ``prompts_<theme>.toml``: a ``[theme]`` table (title,
intro) and its ``[[prompts]]`` (id, question, hint). The eight questions that came first
stay in ``together.toml`` (answers already saved name their ids); a theme claims them with
``earlier_prompts = [ids]`` and offers them before its own.

Rotation: a question counts as *seen* once for every time the couple answered it together
(an answer locked in by either partner) and every time they asked for another question
while it was shown. A couple is offered only questions seen the fewest times among those
they may still get, so none comes back before all the others of its theme (or of all
themes, for "any") were seen as often. A question the couple set aside as "not for us" is
never offered again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import zip_longest
from typing import Any

from .content_problems import ContentProblem, problem

#: The themes, in the order they are offered to choose from (content files prompts_<theme>.toml).
THEMES = ("home", "dans", "repair", "appreciation", "intimacy", "future", "generations")
#: Not a theme: every theme at once.
ANY = "any"
#: The step-1 questions that fit two people, offered as one more group (see_the_pattern.toml).
STEP1 = "step1"
STEP1_GROUPS = ("couple_prompts", "mirror_prompts", "parent_prompts")
#: Where a theme takes questions from together.toml (data: the same in every language).
EARLIER = "earlier_prompts"


def file_name(theme: str) -> str:
    return f"prompts_{theme}"


def theme_prompts(files: Mapping[str, Any], theme: str) -> list[Mapping[str, Any]]:
    """A theme's questions in order: those it claims from together.toml, then its own."""
    tree = files.get(file_name(theme), {})
    earlier = {p.get("id"): p for p in files.get("together", {}).get("prompts", []) if isinstance(p, Mapping)}
    claimed = tree.get("theme", {}).get(EARLIER, []) if isinstance(tree.get("theme"), Mapping) else []
    return [earlier[i] for i in claimed if i in earlier] + [p for p in tree.get("prompts", [])
                                                             if isinstance(p, Mapping)]


def check(files: Mapping[str, Any]) -> list[ContentProblem]:
    """What is wrong with the themes of one language: a theme without questions, a claimed
    question that does not exist or is claimed twice, a question of together.toml no theme
    claims, an id used twice (also against the step-1 questions, which are offered too)."""
    problems: list[ContentProblem] = []
    together = [p.get("id") for p in files.get("together", {}).get("prompts", []) if isinstance(p, Mapping)]
    claimed: dict[str, str] = {}
    seen: dict[str, str] = {}
    for theme in THEMES:
        tree = files.get(file_name(theme))
        if not isinstance(tree, Mapping):
            continue  # said by the required keys
        where = f"{file_name(theme)}.toml"
        meta = tree.get("theme", {})
        earlier = meta.get(EARLIER, []) if isinstance(meta, Mapping) else []
        if not isinstance(earlier, list) or not all(isinstance(i, str) for i in earlier):
            problems.append(problem("earlier_not_ids", EARLIER, where=where))
            earlier = []
        for i in earlier:
            if i not in together:
                problems.append(problem("earlier_unknown", EARLIER, repr(i), where=where))
            elif i in claimed:
                problems.append(problem("earlier_claimed_twice", repr(i), claimed[i], where=where))
            else:
                claimed[i] = where
        if not theme_prompts(files, theme):
            problems.append(problem("theme_no_questions", where=where))
        for prompt in tree.get("prompts", []):
            pid = prompt.get("id") if isinstance(prompt, Mapping) else None
            if not isinstance(pid, str) or not pid.strip():
                problems.append(problem("question_no_id", where=where))
            elif pid in seen:
                problems.append(problem("question_id_twice", repr(pid), seen[pid], where=where))
            else:
                seen[pid] = where
    problems += [problem("question_no_theme", repr(i), EARLIER, where="together.toml")
                 for i in together if i not in claimed]
    others = {p.get("id"): f"see_the_pattern.toml ({g})" for g in STEP1_GROUPS
              for p in files.get("see_the_pattern", {}).get(g, []) if isinstance(p, Mapping)}
    others.update({i: "together.toml" for i in together})
    problems += [problem("question_id_twice", repr(pid), others[pid], where=where)
                 for pid, where in seen.items() if pid in others]
    return problems


def interleave(groups: Iterable[Sequence[str]]) -> list[str]:
    """One from each group in turn: the first of every group, then the second, and so on."""
    return [pid for row in zip_longest(*groups) for pid in row if pid is not None]


def seen_counts(answered: Iterable[str], skipped: Mapping[str, int]) -> dict[str, int]:
    """How often each question was seen: once per answer together, once per 'another question'."""
    counts: dict[str, int] = {}
    for pid in answered:
        counts[pid] = counts.get(pid, 0) + 1
    for pid, n in skipped.items():
        counts[pid] = counts.get(pid, 0) + max(0, int(n))
    return counts


def rotation(order: Sequence[str], counts: Mapping[str, int], excluded: Iterable[str] = (), *,
             avoid: str | None = None) -> list[str]:
    """The questions a couple may still get, in the order they are offered: the first is the
    one to offer now. Seen fewer times comes first; among equals, the order of the content
    (every round the same, so between two offers of one question come all the others).
    ``avoid`` (the question just passed over) goes last among its equals, when there are others."""
    out = set(excluded)
    eligible = list(dict.fromkeys(p for p in order if p not in out))
    position = {pid: i for i, pid in enumerate(eligible)}
    return sorted(eligible, key=lambda pid: (max(0, counts.get(pid, 0)), pid == avoid, position[pid]))


def offer(order: Sequence[str], counts: Mapping[str, int], excluded: Iterable[str] = (), *,
          avoid: str | None = None) -> str | None:
    """The question to offer now, or None when every one was set aside."""
    ranked = rotation(order, counts, excluded, avoid=avoid)
    return ranked[0] if ranked else None
