"""What the journal's search looks in: each entry's words, and the question it answers, folded
(lower case, accents off: ``Exercises.fold``) once instead of at every key. Kept while the
profile is open, dropped at the lock (``clear``); after a change only what is new is folded."""

from __future__ import annotations

from erfenis_desktop.services.exercises import PATTERN_CHECK, STEP1, TOGETHER, Entry, Exercises
from erfenis_desktop.services.preferences import Preferences

#: What the search finds in an entry not indexed (none: every entry is).
_NOTHING = (None, "", None, "")


class SearchIndex:
    def __init__(self, exercises: Exercises, prefs: Preferences):
        self._exercises, self._prefs = exercises, prefs
        self.folded: dict[tuple[str, str], str] = {}  # (text, name) as the search compares it
        self.questions: dict[tuple[str, str, str, str], str] = {}  # (language, prompt, name, kind) -> words
        #: Per entry id: (the entry, its words folded, the question it answers folded, the language).
        self.haystacks: dict[str, tuple[Entry, str, str | None, str]] = {}

    def clear(self) -> None:
        self.folded, self.questions, self.haystacks = {}, {}, {}

    def question(self, entry: Entry) -> str:
        """The question an entry answers, in the language of now ("" when it answers none)."""
        if entry.kind == PATTERN_CHECK:  # said with the results, as on their own screen
            return self._prefs.text("patterns", "results.mirror").strip()
        if entry.kind not in (STEP1, TOGETHER):
            return ""
        # The same question for every answer to it: made once (a year of answers asks a few dozen).
        key = (self._prefs.language, entry.prompt, entry.parent_name, entry.kind)
        if key not in self.questions:
            self.questions[key] = self._exercises.prompt_text(*key)
        return self.questions[key]

    def index(self, entries: list[Entry]) -> None:
        """Index ``entries``: an entry indexed before (the very same object, same language) as it was."""
        folded, fold, question = self.folded, self._exercises.fold, self.question

        def folded_text(text: str, name: str) -> str:
            key = (text, name)  # the same strings as before: hashed once, never joined again
            found = folded.get(key)
            if found is None:
                found = folded[key] = fold(text + " " + name)
            return found

        before, language = self.haystacks, self._prefs.language

        def haystack(e: Entry) -> tuple[Entry, str, str | None, str]:
            kept = before.get(e.uuid)
            if kept is not None and kept[0] is e and kept[3] == language:
                return kept
            return (e, folded_text(e.text, e.parent_name),
                    folded_text(question(e), "") if e.kind in (STEP1, TOGETHER) else None, language)

        self.haystacks = {e.uuid: haystack(e) for e in entries}

    def find(self, search: str, entries: list[Entry]) -> list[Entry]:
        """The entries whose words, or the question they answer, hold every word of ``search``."""
        words = self._exercises.fold(search).split()
        if not words:
            return list(entries)
        if len(self.haystacks) != len(entries):
            self.index(entries)
        haystacks = self.haystacks
        if len(words) == 1:  # (most searches: one word, without a generator for each text)
            word = words[0]
            found = []
            for e in entries:
                _e, text, asked, _lang = haystacks.get(e.uuid, _NOTHING)
                if word in text or (asked is not None and word in asked):
                    found.append(e)
            return found
        found = []
        for e in entries:
            _e, text, asked, _lang = haystacks.get(e.uuid, _NOTHING)
            if all(w in text for w in words) or (asked is not None and all(w in asked for w in words)):
                found.append(e)
        return found
