"""The content files, fuzzed (issue 15, section 2): a therapist edits resources/content/<lang>/
*.toml, and whatever they leave behind (a value of the wrong type, a key gone, a huge text, emoji,
control characters, an id used twice, bytes that are not UTF-8, half a file) start-up reads it
into the content validation error, one clear line per problem naming the file, and never a
traceback. What passes the check also builds every exercise the app builds from it."""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from erfenis_desktop.domain.content import ContentBundle, ContentError, ContentProblem
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services.content import load_content

CONTENT = resources_dir() / "content"
LANGS = ("nl", "en")
FILES = sorted(p.stem for p in (CONTENT / "nl").glob("*.toml"))
SCALE = int(os.environ.get("ERFENIS_FUZZ_SCALE", "1"))
ORIGINAL = {lang: {name: tomllib.loads((CONTENT / lang / f"{name}.toml").read_text("utf-8")) for name in FILES}
            for lang in LANGS}


# --------------------------------------------------------------------------------------------
# Writing TOML (inline tables: any tree that TOML can hold, in one line a key)


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # TOML basic strings take JSON's escapes
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(type(v))


def dumps(tree: dict) -> str:
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {_value(v)}\n" for k, v in tree.items())


def test_the_writer_gives_the_files_back():
    assert all(tomllib.loads(dumps(ORIGINAL[lang][name])) == ORIGINAL[lang][name] for lang in LANGS for name in FILES)


# --------------------------------------------------------------------------------------------
# Changes


_ODD_TEXT = st.sampled_from(["", " ", "\t\n", "🌱" * 3, "a\x00b", "\x1b[31m", "\u202e", "x" * 100_000,
                             "<b>vet</b>", "%1 %2", "{name}"]) | st.text(max_size=30)
_LEAF = (st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats() | _ODD_TEXT)
_TOMLISH = st.recursive(_LEAF.filter(lambda v: v is not None),
                        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_ODD_TEXT, inner, max_size=3),
                        max_leaves=6)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


def _change_tree(data, tree: dict, path: tuple, how: str, value) -> None:
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "remove":
        del parent[last]
    elif how == "duplicate" and isinstance(parent, list):
        parent.append(json.loads(json.dumps(parent[last])))  # an id (and all) used twice
    else:
        parent[last] = value


def _changed_files(data) -> dict[tuple[str, str], bytes]:
    """{(lang, file): new bytes} for one change, in one language or the same in both."""
    name = data.draw(st.sampled_from(FILES))
    langs = data.draw(st.sampled_from([("nl",), ("en",), LANGS]))
    how = data.draw(st.sampled_from(["replace", "replace", "remove", "duplicate", "bytes", "bytes"]))
    out = {}
    if how == "bytes":
        raw = (CONTENT / langs[0] / f"{name}.toml").read_bytes()
        change = data.draw(st.sampled_from(["not utf-8", "cut", "insert", "duplicate key", "random"]))
        if change == "not utf-8":
            at = data.draw(st.integers(0, len(raw)))
            raw = raw[:at] + data.draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"])) + raw[at:]
        elif change == "cut":
            raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
        elif change == "insert":
            at = data.draw(st.integers(0, len(raw)))
            raw = raw[:at] + data.draw(st.binary(min_size=1, max_size=12)) + raw[at:]
        elif change == "duplicate key":
            first = raw.split(b"\n", 1)[0]
            raw = raw + b"\n" + first + b"\n"
        else:
            raw = data.draw(st.binary(max_size=200))
        return {(lang, name): raw for lang in langs}
    paths = [p for p in _paths(ORIGINAL["nl"][name]) if p]
    path = data.draw(st.sampled_from(paths))
    value = data.draw(_TOMLISH)
    for lang in langs:
        tree = json.loads(json.dumps(ORIGINAL[lang][name]))
        try:
            _change_tree(data, tree, path, how, value)
        except (KeyError, IndexError, TypeError):
            continue  # a word list of another length in this language
        out[(lang, name)] = dumps(tree).encode("utf-8")
    return out


_COPY = Path(tempfile.mkdtemp(prefix="erfenis-content-fuzz-")) / "content"
shutil.copytree(CONTENT, _COPY)


def _load_with(changed: dict[tuple[str, str], bytes], cache_dir: Path | None = None):
    """load_content on a copy of the content folder with these files changed (put back after)."""
    try:
        for (lang, name), raw in changed.items():
            (_COPY / lang / f"{name}.toml").write_bytes(raw)
        return load_content(_COPY, cache_dir)
    finally:
        for lang, name in changed:
            shutil.copyfile(CONTENT / lang / f"{name}.toml", _COPY / lang / f"{name}.toml")


def build_everything(bundle: ContentBundle) -> None:
    """What the app builds from the content when a screen opens (services/exercises.py and the
    feature services): each must work on content that passed the check."""
    from erfenis_desktop.domain.intimacy import Check
    from erfenis_desktop.domain.practice import Deck
    from erfenis_desktop.domain.prompts import THEMES, theme_prompts
    from erfenis_desktop.services.exercises import Exercises
    from erfenis_desktop.services.programme import Programmes

    exercises = Exercises(bundle)
    for lang in bundle.languages:
        exercises.questionnaire(lang)
        exercises.naming(lang)
        exercises.nudge_rules(lang)
        Deck.from_content(bundle.texts[lang]["practice"])
        Check.from_content(bundle.texts[lang]["intimacy"])
        for theme in THEMES:
            theme_prompts(bundle.texts[lang], theme)
        Programmes(bundle).choices(lang)


def _check(changed) -> None:
    try:
        bundle = _load_with(changed)
    except ContentError as err:
        assert err.problems
        named = {f"{lang}/{name}.toml" for lang, name in changed}
        lines = [str(problem) for problem in err.problems]
        for problem, line in zip(err.problems, lines):
            assert isinstance(problem, ContentProblem) and line.strip()
            assert ".toml" in line and ".toml" in problem.where, line  # every problem says which file
        assert any(any(n in line for n in named) for line in lines), (named, lines[:3])
        return
    build_everything(bundle)


#: No shrinking: a failure prints the change it made, and shrinking a content file takes minutes.
FUZZ = settings(max_examples=80 * SCALE, deadline=None, database=None, derandomize=True,
                phases=[Phase.explicit, Phase.generate])


@FUZZ
@given(data=st.data())
def test_a_changed_content_file_gives_the_content_error_or_works(data):
    _check(_changed_files(data))


@pytest.mark.parametrize("change", [
    {("nl", "home"): b"\xff\xfe not text"},
    {("en", "practice"): b"[[cards]]\nid = 'a'\nid = 'b'\n"},
    {("nl", "nudge"): dumps({**ORIGINAL["nl"]["nudge"], "short_limit": "veel"}).encode(),
     ("en", "nudge"): dumps({**ORIGINAL["en"]["nudge"], "short_limit": "veel"}).encode()},
    {("nl", "pattern_check"): dumps({**ORIGINAL["nl"]["pattern_check"], "names": "moeder"}).encode()},
])
def test_known_breaks_name_their_file(change):
    with pytest.raises(ContentError) as err:
        _load_with(change)
    (lang, name), = list(change)[:1]
    assert any(f"{lang}/{name}.toml" in str(line) for line in err.value.problems), err.value.problems


def test_the_real_content_passes_and_builds():
    build_everything(load_content(CONTENT))


def test_a_broken_content_file_at_start_says_so_in_the_users_language(start_app, dialogs, monkeypatch, tmp_path):
    """The app with a broken file: one warning that names the file and the point, in Dutch for a
    Dutch person, an exit code, no window and no traceback."""
    from erfenis_desktop import paths

    root = tmp_path / "resources"
    shutil.copytree(resources_dir(), root)
    (root / "content" / "nl" / "home.toml").write_bytes(b"[welcome]\ntitle = 5\n\xff")
    monkeypatch.setattr(paths, "resources_dir", lambda: root)
    monkeypatch.setattr("erfenis_desktop.services.content.resources_dir", lambda: root)
    erfenis = start_app(lang="nl", expect_exit=1)
    assert erfenis.window is None
    (warning,) = [r for r in dialogs.log if r.kind == "warn"]
    assert "Erfenis kan niet starten" in warning.title, warning.title
    from erfenis_desktop.ui.common.content_problems import problem_text

    # The sentence in the language chosen (tests/test_content_problems.py: that it is Dutch), naming the file and line.
    assert problem_text(ContentProblem("not_utf8", "nl/home.toml", ("3",))) in warning.text, warning.text
    assert "nl/home.toml" in warning.text
    assert "Traceback" not in warning.text and "codec" not in warning.text


def test_a_broken_record_of_checked_content_only_means_checking_again(tmp_path):
    """The cache of checked content (services/content.py) is a file Erfenis reads back: any
    bytes in it give the content as checked now, and never hide a broken file."""
    from erfenis_desktop.services.content import CACHE_FILE

    cache = tmp_path / "cache"
    cache.mkdir()
    for junk in (b"", b"\xff\xfe", b"[]", b'{"format": 1, "checked": 5}', b'{"format": "1", "checked": []}',
                 b"null", b"{" * 5000, b"[" * 100_000, b'{"format": 1, "checked": "' + b"0" * 64 + b'"}'):
        (cache / CACHE_FILE).write_bytes(junk)
        assert load_content(CONTENT, cache).get("nl", "home", "welcome.title")
        (cache / CACHE_FILE).write_bytes(junk)
        with pytest.raises(ContentError):
            _load_with({("en", "home"): b"[welcome]\ntitle = 5\n"}, cache)
