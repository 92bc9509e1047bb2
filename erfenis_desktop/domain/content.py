"""Validation of the editable content files (pure: no file access, no Qt).

Content lives in ``resources/content/<lang>/<name>.toml``. A therapist may edit
those files, so start-up checks them and says exactly what is wrong: every text
must be non-empty, and every language must have the same files and keys as the
first language (Dutch), so switching language never leaves a hole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .content_problems import CODES, ContentError, ContentProblem, kind_of, problem
from .prompts import EARLIER, THEMES
from .prompts import check as check_prompts
from .prompts import file_name as prompts_file

#: Keys the code relies on, per content file ("dotted.path" into the TOML tree).
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "home": (
        "welcome.title",
        "welcome.tagline",
        "welcome.body",
        "welcome.not_therapy",
        "path.intro",
        *(f"cards.{c}.{k}" for c in ("pattern", "step1", "step2", "step3") for k in ("what", "time")),
        *(f"cards.{c}.{k}" for c in ("together", "dans", "cycle") for k in ("what", "what_alone")),
        *(f"cards.{c}.what" for c in ("answer", "timeline", "notes", "history", "journal", "profile")),
        "cards.generations.what",
        "cards.intimacy.what", "cards.intimacy.what_alone", "cards.intimacy.time",
        *(f"profile.{k}" for k in ("rename", "password", "recovery", "renew", "delete")),
    ),
    "about": (
        "about.purpose",
        "privacy.title",
        "privacy.body",
        "protection.title",
        "protection.body",
        "visible.title",
        "visible.body",
        "care.title",
        "care.intro",
        "care.control",
        "care.contacts",
    ),
    "pattern_check": (
        "intro.title", "intro.body", "scale.low", "scale.high", "scale.not_applicable",
        "parents.title", "parents.body", "parents.suggestions",
        "names.words", "names.your", "names.my", "names.anyone", "names.my_anyone",
        "sections.parent.title", "sections.parent.items", "sections.couple.title", "sections.couple.items",
        "sections.now.title", "sections.now.items", "sections.reactieval.title", "sections.reactieval.items",
    ),
    "patterns": tuple(
        [f"results.{k}" for k in ("title", "mirror", "not_enough", "retake", "next_step", "axis_title",
                                  "axis_pursue", "axis_withdraw", "axis_you", "axis_partner", "axis_explain")]
        + [f"scales.{s}.{k}" for s in ("absent", "overprotective", "unequal", "no_intimacy", "reactieval")
           for k in ("name", "short", "in_love")]
        + [f"scales.{s}.reminder" for s in ("absent", "overprotective")]
        + [f"scales.{s}.{k}" for s in ("pursue_self", "withdraw_self", "pursue_partner", "withdraw_partner")
           for k in ("name", "short")]
    ),
    "see_the_pattern": ("intro.title", "intro.body", "intro.concrete_title", "parent_prompts",
                        "couple_prompts", "mirror_prompts"),
    "nudge": ("message", "short_limit", "ratio", "vague_words", "concrete_markers"),
    "help": ("help.title", "help.intro", "help.contacts", "help.after", "safety.title", "safety.body",
             "safety.unfamiliar"),
    # Workshop mode (issue 13): the facilitator's guide and the longer texts of its screens.
    "workshop": ("setup.intro", "join.intro", "join.skip_warning", "handover.body", "wipe.explain",
                 "guide.title", "guide.intro", "guide.sections", "not_for.title", "not_for.body", "not_for.refer",
                 "not_for.contacts"),
    "together": (
        "intro.title", "intro.body", "link.title", "link.body", "link.words", "link.changed",
        "link.unlink_title", "link.unlink_body", "session.choose", "session.side_by_side", "session.turns",
        "session.write", "session.look_away", "session.handover", "session.ready_title", "session.ready_body",
        "session.kept_private", "session.share_more", "talk.title", "talk.intro", "talk.speaker",
        "talk.listener", "talk.listener_phrases", "talk.avoid_title", "talk.avoid", "talk.discomfort",
        "talk.time_up", "timeline.title", "timeline.intro", "timeline.empty", "compare.title", "compare.intro",
        "compare.missing", "prompts",
    ),
    # The questions to answer together, one file per theme (domain/prompts.py).
    **{prompts_file(t): ("theme.title", "theme.intro", "prompts") for t in THEMES},
    "cycle_map": ("intro.title", "intro.body", "fields", "feelings.surface", "feelings.underneath", "moves", "fears"),
    "dans": (
        *(f"view.{k}" for k in ("title", "intro", "solo_intro", "axis_title", "contrast_title", "loop_title",
                                "missing_cycle", "missing_results", "nothing_yet", "export_title", "export_body",
                                "step_hint")),
        *(f"shapes.{s}.{k}" for s in ("pursue_withdraw", "both_pursue", "both_withdraw", "unclear")
          for k in ("sentence", "fears", "fears_missing")),
        "shapes.incomplete.sentence", "solo.pursue", "solo.withdraw", "solo.unclear", "steps.move", "steps.meaning", "steps.feeling",
        "exits.pursue", "exits.withdraw", "exits.discomfort",
    ),
    "relationship_history": ("intro.title", "intro.body", "fields"),
    # The intimacy check (issue 14, section 1): areas, items and next steps are checked in domain/intimacy.py.
    "intimacy": ("intro.title", "intro.body", "scale.low", "scale.high", "scale.skip",
                 *(f"results.{k}" for k in ("title", "mirror", "not_enough", "not_enough_explain", "retake",
                                            "steps_intro")),
                 "bands.grow", "bands.between", "bands.strength",
                 *(f"compare.{k}" for k in ("title", "intro", "not_linked", "own_not_shared", "partner_not_shared",
                                            "no_scores", "biggest", "close", "guide_title", "guide",
                                            "answer_together")),
                 "help.title", "help.body", "help.contacts", "report.title", "report.cover", "report.chart_title",
                 "report.areas_title", "areas"),
    # The generations view (issue 14, section 2; domain/generations.py's GENERATIONS and FIELDS).
    "generations": ("intro.title", "intro.body", "intro.children", "intro.unknown", "intro.empty",
                    *(f"generations.{g}.{k}" for g in ("grandparents", "parents", "me", "children")
                      for k in ("title", "help", "love", "reach", "unsaid")),
                    *(f"fields.{f}.help" for f in ("love", "reach", "unsaid")),
                    "pass_on.question", "pass_on.help", "drawing.title", "drawing.line", "drawing.alternative"),
    "group": (*(f"room.{k}" for k in ("intro", "threshold", "middle", "unclear", "patterns_note", "locked")),
              *(f"add.{k}" for k in ("intro", "what", "added", "no_results"))),
    "worksheets": (  # workshop programmes and printable worksheets (domain/programme.py's EXERCISES)
        *(f"sheet.{k}" for k in ("name_line", "date_line", "this_person", "person_line", "scale_hint",
                                 "checkin_scale_hint", "cards_title", "cards_hint", "instead", "words_title",
                                 "words_hint", "loop_title", "loop_hint", "footer", "programme_title", "continued")),
        *(f"exercises.{e}.name" for e in ("pattern_check", "step1", "step2", "practice_together", "repair",
                                          "cycle_map", "dans", "answer_together", "history", "break", "own")),
        *(f"exercises.{e}.explain" for e in ("pattern_check", "step1", "step2", "practice_together", "repair",
                                             "cycle_map", "dans", "answer_together", "history")),
        "exercises.practice_together.questions", "exercises.dans.questions",
    ),
    "demo": ("people.a.name", "people.a.password", "people.a.parents", "people.a.cycle", "people.a.history",
             "people.a.answers", "people.b.name", "people.b.password", "people.b.parents", "people.b.cycle",
             "people.b.history", "people.b.answers", "note_a", "note_b"),
    "practice": (
        *(f"step2.{k}" for k in ("title", "intro", "choose", "chosen", "suggested", "avoid_title", "avoid_intro",
                                 "not_therapy")),
        *(f"step2.groups.{g}.{k}" for g in ("naming", "listening", "presence") for k in ("title", "intro")),
        "cards", "avoid", "suggest.pursue", "suggest.withdraw", "suggest.unclear",
        "suggest_reason.pursue", "suggest_reason.withdraw", "suggest_reason.unclear",
        *(f"checkin.{k}" for k in ("title", "intro", "used", "used_yes", "used_no", "used_help", "situation",
                                   "situation_help", "before", "before_help", "after", "after_help", "scale_low",
                                   "scale_high", "happened", "happened_help", "body", "body_help", "saved",
                                   "discomfort", "journal_title")),
        *(f"reminder.{k}" for k in ("title", "text", "intro", "enable", "at", "quiet", "quiet_help", "later")),
        *(f"step3.{k}" for k in ("title", "intro", "discomfort", "examples_title", "examples", "not_therapy",
                                 "leads_to_title", "leads_to")),
        *(f"progress.{k}" for k in ("title", "intro", "empty", "week", "overall", "share", "shared_title")),
        *(f"summary.{p}.{k}" for p in ("week", "overall") for k in ("decimal", "none", "one", "down", "up", "flat")),
        *(f"together.{k}" for k in ("title", "intro", "stop", "speaker", "starter", "speaker_hint", "listener",
                                    "listening_title", "presence_title", "swap", "swapped", "way_out", "rate_title",
                                    "rate_body", "rate_low", "rate_high", "rate_note", "done_title", "done_body")),
        *(f"repair.{k}" for k in ("title", "intro", "first", "stop", "safety", "not_shared", "missing", "card",
                                  "way_out_title", "private", "keys", "done_title", "done_body", "stopped_title",
                                  "stopped_body")),
        *(f"repair.{s}.{k}" for s in ("happened", "moves", "underneath", "listen", "needs", "repair")
          for k in ("title", "body", "prompts", "way_out")),
        *(f"repair.{s}.quote" for s in ("happened", "moves", "underneath", "needs")),
        "repair.repair.examples",
    ),
}


#: Keys whose values are data, not text: they must be the same in every language.
DATA_KEYS = frozenset({"id", "scale", "reverse", "na", "kind", "short_limit", "ratio", "prompt", "group",
                       EARLIER, "card_ids", "days_ago", "discomfort_before", "discomfort_after"})
#: Tables whose every value is data (practice.toml's ``suggest``: tendency → card id; the demo's
#: ``intimacy_answers``: area → answer).
DATA_TABLES = frozenset({"suggest", "intimacy_answers"})
#: Word lists that belong to one language: their length may differ between languages.
LANGUAGE_LISTS = frozenset({"vague_words", "concrete_markers", "suggestions"})


__all__ = ["CODES", "ContentBundle", "ContentError", "ContentProblem", "lookup", "validate"]


def _shape(node: Any, path: str, problems: list[ContentProblem], where: str, key: str = "",
           data: bool = False) -> Any:
    """Return a comparable skeleton of ``node`` and collect problems on the way.

    Text compares by kind only; data values (``DATA_KEYS``) compare by value; a word list of
    one language (``LANGUAGE_LISTS``) compares as "a list of words" whatever its length."""
    if (data or key in DATA_KEYS) and not isinstance(node, Mapping):
        if isinstance(node, str) and not node.strip():
            problems.append(problem("value_empty", path, where=where))
        return ("value", node)
    if isinstance(node, str):
        if not node.strip():
            problems.append(problem("value_empty", path, where=where))
        return str
    if isinstance(node, Mapping):
        if not node:
            problems.append(problem("table_empty", path, where=where))
        return {k: _shape(v, f"{path}.{k}" if path else k, problems, where, k, key in DATA_TABLES)
                for k, v in node.items()}
    if isinstance(node, list):
        if not node:
            problems.append(problem("list_empty", path, where=where))
        if key in LANGUAGE_LISTS:
            if not all(isinstance(v, str) and v.strip() for v in node):
                problems.append(problem("words_only", path, where=where))
            return "words"
        return [_shape(v, f"{path}[{i}]", problems, where) for i, v in enumerate(node)]
    problems.append(problem("wrong_kind", path, kind_of(node), where=where))
    return None


def lookup(tree: Mapping[str, Any], dotted: str) -> Any:
    node: Any = tree
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(dotted)
        node = node[part]
    return node


def _differences(a: Any, b: Any, path: str) -> list[tuple[str, tuple[object, ...]]]:
    """Where ``b`` (one language's shape) differs from ``a`` (the first language's): each as a
    code and the values it names (the file compared with is added by the caller)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(a.keys() | b.keys()):
            sub = f"{path}.{key}" if path else key
            if key not in b:
                out.append(("twin_key_missing", (sub,)))
            elif key not in a:
                out.append(("twin_key_extra", (sub,)))
            else:
                out.extend(_differences(a[key], b[key], sub))
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [("twin_length", (path, len(b), len(a)))]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{path}[{i}]")]
    if a != b:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return [("twin_data", (path, repr(a[1]), repr(b[1])))]
        return [("twin_kind", (path,))]
    return []


@dataclass
class ContentBundle:
    """Validated content: ``texts[lang][file]`` is the parsed TOML tree."""

    languages: tuple[str, ...]
    texts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def get(self, lang: str, name: str, dotted: str) -> Any:
        return lookup(self.texts[lang][name], dotted)


def _guarded(check, where: str) -> list[ContentProblem]:
    """The problems ``check`` finds, placed in ``where`` when they do not name their file, or
    one problem when a value is of a kind the check did not expect (a table where a list
    belongs, a number for a text …): an edited file gives a message, never a traceback."""
    try:
        return [p.placed(where) for p in check()]
    except ContentError as exc:
        return [p.placed(where) for p in exc.problems]
    except KeyError as exc:
        if exc.args:
            return [problem("value_missing", exc.args[0], where=where)]
        return [problem("value_unexpected", repr(exc), where=where)]
    except (TypeError, AttributeError, IndexError, ValueError) as exc:
        return [problem("value_unexpected", str(exc), where=where)]


def _built(lang: str, files: Mapping[str, Any]) -> list[ContentProblem]:
    """Everything the screens build from one language's files, built once here, so that what
    passes the check also works when a screen opens."""
    from .intimacy import link_problems
    from .nudge import NudgeRules
    from .practice import Deck
    from .questionnaire import Naming, Questionnaire

    def deck():  # the cards: groups, unique ids, what [suggest] names (a ContentError lists them)
        Deck.from_content(files["practice"])
        return []

    def questionnaire():
        Questionnaire.from_content(files["pattern_check"], Naming.from_content(lang, {lang: files["pattern_check"]}))
        names = files["pattern_check"]["names"]  # a suggestion is a role word: ‘je moeder’, not ‘moeder’
        return [problem("suggestion_not_word", repr(word))
                for word in files["pattern_check"]["parents"]["suggestions"] if word not in names["words"]]

    def demo():  # the demo couple's cards, check-ins and intimacy answers
        from .demo import demo_problems
        from .intimacy import Check

        # A broken deck or intimacy check is said for its own file; the demo's cards or answers
        # are checked once it is whole (never blamed on demo.toml, which was not touched).
        broken = (ContentError, KeyError, TypeError, AttributeError, IndexError, ValueError)
        try:
            cards = {c.id for c in Deck.from_content(files["practice"]).cards} if "practice" in files else None
        except broken:
            cards = None
        try:
            areas = [a.id for a in Check.from_content(files["intimacy"]).areas] if "intimacy" in files else None
        except broken:
            areas = None
        return demo_problems(files["demo"], cards, areas)

    problems: list[ContentProblem] = []
    for name, check in (("intimacy", lambda: link_problems(files)),  # areas, items, and what steps link to
                        ("practice", deck), ("pattern_check", questionnaire),
                        ("nudge", lambda: NudgeRules.from_content(files["nudge"]) and []), ("demo", demo)):
        if name in files:
            problems += _guarded(check, f"{lang}/{name}.toml")
    # The themes to answer together: ids, none empty, none claimed twice (each names its file).
    themes = _guarded(lambda: check_prompts(files), "together.toml, prompts_*.toml")
    problems += [ContentProblem(p.code, f"{lang}/{p.where}", p.args) for p in themes]
    return problems


def validate(texts: dict[str, dict[str, dict[str, Any]]], reference: str = "nl") -> ContentBundle:
    """Check parsed content for all languages; raise ContentError listing every problem."""
    problems: list[ContentProblem] = []
    if reference not in texts:
        raise ContentError([problem("reference_missing", reference)])
    shapes: dict[str, dict[str, Any]] = {}
    for lang, files in sorted(texts.items()):
        shapes[lang] = {name: _shape(tree, "", problems, f"{lang}/{name}.toml") for name, tree in files.items()}
        for name, keys in REQUIRED_KEYS.items():
            if name not in files:
                problems.append(problem("file_missing", where=f"{lang}/{name}.toml"))
                continue
            for key in keys:
                try:
                    lookup(files[name], key)
                except KeyError:
                    problems.append(problem("key_missing", key, where=f"{lang}/{name}.toml"))
        problems.extend(_built(lang, files))
    ref = shapes[reference]
    for lang, files in sorted(shapes.items()):
        if lang == reference:
            continue
        for name in sorted(ref.keys() | files.keys()):
            where = f"{lang}/{name}.toml"
            if name not in files:  # said once, the fuller way: the first language has it
                problems[:] = [p for p in problems if (p.code, p.where) != ("file_missing", where)]
                problems.append(problem("twin_file_missing", reference, where=where))
            elif name not in ref:
                problems.append(problem("twin_file_extra", reference, where=where))
            else:
                # Either file may be the one that was edited: both are named.
                problems.extend(problem(code, *args, f"{reference}/{name}.toml", where=where)
                                for code, args in _differences(ref[name], files[name], ""))
    if problems:
        raise ContentError(problems)
    return ContentBundle(languages=tuple(sorted(texts)), texts=texts)
