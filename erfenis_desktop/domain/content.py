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
                       EARLIER})
#: Tables whose every value is data (practice.toml's ``suggest``: tendency → card id).
DATA_TABLES = frozenset({"suggest"})
#: Word lists that belong to one language: their length may differ between languages.
LANGUAGE_LISTS = frozenset({"vague_words", "concrete_markers", "suggestions"})


class ContentError(ValueError):
    """A content file is missing, empty somewhere, or out of step with its twin."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def _shape(node: Any, path: str, problems: list[str], where: str, key: str = "", data: bool = False) -> Any:
    """Return a comparable skeleton of ``node`` and collect problems on the way.

    Text compares by kind only; data values (``DATA_KEYS``) compare by value; a word list of
    one language (``LANGUAGE_LISTS``) compares as "a list of words" whatever its length."""
    if (data or key in DATA_KEYS) and not isinstance(node, Mapping):
        if isinstance(node, str) and not node.strip():
            problems.append(f"{where}: '{path}' is empty")
        return ("value", node)
    if isinstance(node, str):
        if not node.strip():
            problems.append(f"{where}: '{path}' is empty")
        return str
    if isinstance(node, Mapping):
        if not node:
            problems.append(f"{where}: '{path}' is an empty table")
        return {k: _shape(v, f"{path}.{k}" if path else k, problems, where, k, key in DATA_TABLES)
                for k, v in node.items()}
    if isinstance(node, list):
        if not node:
            problems.append(f"{where}: '{path}' is an empty list")
        if key in LANGUAGE_LISTS:
            if not all(isinstance(v, str) and v.strip() for v in node):
                problems.append(f"{where}: '{path}' must hold only non-empty words")
            return "words"
        return [_shape(v, f"{path}[{i}]", problems, where) for i, v in enumerate(node)]
    problems.append(f"{where}: '{path}' must be text, a table or a list, not {type(node).__name__}")
    return None


def lookup(tree: Mapping[str, Any], dotted: str) -> Any:
    node: Any = tree
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(dotted)
        node = node[part]
    return node


def _differences(a: Any, b: Any, path: str) -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in sorted(a.keys() | b.keys()):
            sub = f"{path}.{key}" if path else key
            if key not in b:
                out.append(f"'{sub}' is missing")
            elif key not in a:
                out.append(f"'{sub}' is extra")
            else:
                out.extend(_differences(a[key], b[key], sub))
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"'{path}' has {len(b)} entries instead of {len(a)}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in _differences(x, y, f"{path}[{i}]")]
    if a != b:
        if isinstance(a, tuple) and isinstance(b, tuple):
            return [f"'{path}' must be {a[1]!r} as in the first language, not {b[1]!r}"]
        return [f"'{path}' has a different kind of value"]
    return []


@dataclass
class ContentBundle:
    """Validated content: ``texts[lang][file]`` is the parsed TOML tree."""

    languages: tuple[str, ...]
    texts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def get(self, lang: str, name: str, dotted: str) -> Any:
        return lookup(self.texts[lang][name], dotted)


def _guarded(check, where: str = "") -> list[str]:
    """The problems ``check`` finds, or one line when a value is of a kind the check did not
    expect (a table where a list belongs, a number for a text …): an edited file gives a
    message, never a traceback."""
    try:
        return list(check())
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as exc:
        detail = f"'{exc.args[0]}' is missing" if isinstance(exc, KeyError) and exc.args else str(exc)
        return [f"{where}a value is missing or not of the kind Erfenis expects ({detail})"]


def _built(lang: str, files: Mapping[str, Any]) -> list[str]:
    """Everything the screens build from one language's files, built once here, so that what
    passes the check also works when a screen opens."""
    from .intimacy import link_problems
    from .nudge import NudgeRules
    from .practice import Deck
    from .questionnaire import Naming, Questionnaire

    def deck():  # the cards: groups, unique ids, what [suggest] names
        try:
            Deck.from_content(files["practice"])
        except ValueError as exc:
            return str(exc).splitlines()
        return []

    def questionnaire():
        Questionnaire.from_content(files["pattern_check"], Naming.from_content(lang, {lang: files["pattern_check"]}))
        names = files["pattern_check"]["names"]  # a suggestion is a role word: ‘je moeder’, not ‘moeder’
        return [f"suggestion {word!r} is not in names.words"
                for word in files["pattern_check"]["parents"]["suggestions"] if word not in names["words"]]

    problems: list[str] = []
    for name, check in (("intimacy", lambda: link_problems(files)),  # areas, items, and what steps link to
                        ("practice", deck), ("pattern_check", questionnaire),
                        ("nudge", lambda: NudgeRules.from_content(files["nudge"]) and [])):
        if name in files:
            problems += [f"{lang}/{name}.toml: {line}" for line in _guarded(check)]
    # The themes to answer together: ids, none empty, none claimed twice (each line names its file).
    problems += [f"{lang}/{line}" for line in _guarded(lambda: check_prompts(files), "together.toml or prompts_*.toml: ")]
    return problems


def validate(texts: dict[str, dict[str, dict[str, Any]]], reference: str = "nl") -> ContentBundle:
    """Check parsed content for all languages; raise ContentError listing every problem."""
    problems: list[str] = []
    if reference not in texts:
        raise ContentError([f"the '{reference}' content folder is missing"])
    shapes: dict[str, dict[str, Any]] = {}
    for lang, files in sorted(texts.items()):
        shapes[lang] = {name: _shape(tree, "", problems, f"{lang}/{name}.toml") for name, tree in files.items()}
        for name, keys in REQUIRED_KEYS.items():
            if name not in files:
                problems.append(f"{lang}/{name}.toml is missing")
                continue
            for key in keys:
                try:
                    lookup(files[name], key)
                except KeyError:
                    problems.append(f"{lang}/{name}.toml: '{key}' is missing")
        problems.extend(_built(lang, files))
    ref = shapes[reference]
    for lang, files in sorted(shapes.items()):
        if lang == reference:
            continue
        for name in sorted(ref.keys() | files.keys()):
            if name not in files:
                problems.append(f"{lang}/{name}.toml is missing (it exists in {reference}/)")
            elif name not in ref:
                problems.append(f"{lang}/{name}.toml has no twin in {reference}/")
            else:
                # Either file may be the one that was edited: both are named.
                problems.extend(f"{lang}/{name}.toml: {d} (compared with {reference}/{name}.toml)"
                                for d in _differences(ref[name], files[name], ""))
    if problems:
        raise ContentError(problems)
    return ContentBundle(languages=tuple(sorted(texts)), texts=texts)
