"""A broken content file is told in the user's language: each problem the checks find is a code
(domain/content_problems.py) with a sentence for it (ui/common/content_problems.py), naming the
file, the line or the key, and the start-up dialog shows those sentences.

The Dutch sentences expected below (DUTCH) are the translations the lead puts in
translations/erfenis_nl.ts; until then the Dutch tests fail, as a missing translation should."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from erfenis_desktop.domain.content import ContentError, ContentProblem
from erfenis_desktop.domain.content_problems import CODES, KINDS
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services.content import load_content
from erfenis_desktop.ui.common.content_problems import LEFT_OUT, kinds, problem_text, problem_texts, sentences

PACKAGE = Path(__file__).resolve().parent.parent / "erfenis_desktop"
#: Where the checks find content problems (each builds them with a code from CODES).
CHECKS = [*sorted((PACKAGE / "domain").glob("*.py")), PACKAGE / "services" / "content.py"]

NL_HOME_TITLE = 'title = "Welkom bij Erfenis"'  # line 5 of nl/home.toml
BROKEN_TITLE = 'title = Welkom bij Erfenis"'  # the opening quote forgotten: line 5, column 9

# The English source strings these tests expect (ui/common/content_problems.py) …
ENGLISH = {
    "syntax": "nl/home.toml cannot be read: line 5, column 9 is not valid TOML.",
    "key_missing": "nl/home.toml: 'welcome.tagline' is missing.",
    "value_empty": "nl/about.toml: 'privacy.title' is empty.",
}
# … and the Dutch translations the lead supplies for them (translations/erfenis_nl.ts, context
# ContentProblems): "%1 is niet te lezen: regel %2, kolom %3 is geen geldige TOML.",
# "%1: '%2' ontbreekt.", "%1: '%2' is leeg.".
DUTCH = {
    "syntax": "nl/home.toml is niet te lezen: regel 5, kolom 9 is geen geldige TOML.",
    "key_missing": "nl/home.toml: 'welcome.tagline' ontbreekt.",
    "value_empty": "nl/about.toml: 'privacy.title' is leeg.",
}


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", root)
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, path
    path.write_text(text.replace(old, new, 1), "utf-8")


def _problems(root: Path) -> list[ContentProblem]:
    with pytest.raises(ContentError) as err:
        load_content(root)
    return err.value.problems


# Every code has its sentence ----------------------------------------------------------------------

def _codes_in(path: Path) -> set[str]:
    """The codes a module gives: the literal first argument of every problem(…) / ContentProblem(…)
    call, and the first of a (code, values) tuple (domain/content.py's _differences)."""
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("problem", "ContentProblem"):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant):  # else a code passed on (ContentProblem refuses unknown ones)
                found.add(first.value)
        elif isinstance(node, ast.Tuple) and node.elts and isinstance(node.elts[0], ast.Constant):
            if node.elts[0].value in CODES:  # _differences gives (code, values)
                found.add(node.elts[0].value)
    return found


def test_every_code_the_checks_use_is_declared_and_every_declared_code_is_used():
    used = set().union(*(_codes_in(path) for path in CHECKS if path.name != "content_problems.py"))
    assert used - set(CODES) == set(), "codes used but not in domain/content_problems.CODES"
    assert set(CODES) - used == set(), "codes declared but never found by a check"
    with pytest.raises(KeyError):
        ContentProblem("no_such_code", "nl/home.toml")


def test_every_code_has_a_sentence_that_names_the_file_and_every_value():
    texts = sentences()
    assert set(texts) == set(CODES), "a content problem without a sentence in ui/common/content_problems.py"
    for code, english in CODES.items():
        named = {int(n) for n in re.findall(r"\{(\d+)\}", english)}
        sentence = texts[code]
        if "{file}" in english:
            assert "%1" in sentence, code
        for n in named - {i for c, i in LEFT_OUT if c == code}:
            assert f"%{n + 2}" in sentence, (code, n)
        assert {int(n) for n in re.findall(r"%(\d)", sentence)} <= {1} | {n + 2 for n in named}, code
    assert set(kinds()) == set(KINDS)


# A broken copy of the content folder ----------------------------------------------------------------

def test_a_toml_syntax_error_names_the_file_line_and_column(tmp_path):
    root = _copy(tmp_path)
    _edit(root / "nl" / "home.toml", NL_HOME_TITLE, BROKEN_TITLE)
    (problem,) = _problems(root)
    assert (problem.code, problem.where, problem.args[:2]) == ("toml_syntax", "nl/home.toml", ("5", "9"))
    assert problem_text(problem) == ENGLISH["syntax"]
    assert str(problem).startswith("nl/home.toml cannot be read: line 5, column 9 is not valid TOML (")


def test_a_file_not_saved_as_utf8_names_the_file_and_line(tmp_path):
    root = _copy(tmp_path)
    (root / "en" / "help.toml").write_bytes(b"[help]\ntitle = 'x'\n" + "caf\xe9 = 1\n".encode("latin-1"))
    (problem,) = _problems(root)
    assert problem_text(problem) == ("en/help.toml cannot be read: it is not saved as UTF-8 text (line 3 holds a "
                                     "byte that is not UTF-8).")


def test_missing_keys_empty_values_and_wrong_kinds_name_file_and_key(tmp_path):
    root = _copy(tmp_path)
    _edit(root / "nl" / "home.toml", 'tagline = "', 'slogan = "')
    _edit(root / "nl" / "about.toml", "[privacy]\ntitle = \"", "[privacy]\ntitle = \"   \"\nold_title = \"")
    _edit(root / "en" / "nudge.toml", "short_limit = ", "short_limit = true\nold_limit = ")
    texts = problem_texts(_problems(root))
    assert ENGLISH["key_missing"] in texts
    assert ENGLISH["value_empty"] in texts
    assert "en/nudge.toml: 'short_limit' must be text, a table or a list, not true or false." not in texts  # data
    assert any(t.startswith("en/nudge.toml: 'short_limit' must be ") for t in texts), texts
    assert "en/home.toml: 'welcome.slogan' is missing (compared with nl/home.toml)." in texts
    assert "en/home.toml: 'welcome.tagline' is extra (compared with nl/home.toml)." in texts


def test_a_number_where_text_belongs_says_so(tmp_path):
    root = _copy(tmp_path)
    _edit(root / "en" / "home.toml", 'title = "', 'title = 5\nold = "')
    texts = problem_texts(_problems(root))
    assert "en/home.toml: 'welcome.title' must be text, a table or a list, not a number." in texts, texts


def test_a_missing_file_a_file_without_twin_and_a_missing_folder(tmp_path):
    root = _copy(tmp_path)
    (root / "en" / "about.toml").unlink()
    shutil.copy(root / "nl" / "help.toml", root / "nl" / "extra.toml")
    texts = problem_texts(_problems(root))
    # Said once, the fuller way (not also a bare "en/about.toml is missing.").
    assert [t for t in texts if t.startswith("en/about.toml")] == [
        "en/about.toml is missing, but it exists in nl/: every language needs the same files."]
    assert "en/extra.toml is missing, but it exists in nl/: every language needs the same files." in texts
    (root / "nl" / "about.toml").unlink()  # missing in the first language itself: the bare sentence
    assert "nl/about.toml is missing." in problem_texts(_problems(root))
    (problem,) = _problems(tmp_path / "nowhere")
    assert problem_text(problem) == f"The folder with the texts of Erfenis is missing: {tmp_path / 'nowhere'}."


def test_a_card_used_twice_names_the_card(tmp_path):
    root = _copy(tmp_path)
    practice = root / "en" / "practice.toml"
    first = re.search(r'^id = "([^"]+)"', practice.read_text("utf-8"), re.M).group(1)
    second = re.findall(r'^id = "([^"]+)"', practice.read_text("utf-8"), re.M)[1]
    _edit(practice, f'id = "{second}"', f'id = "{first}"')
    texts = problem_texts(_problems(root))
    assert f"en/practice.toml: card '{first}': the id is used twice." in texts, texts


# The start-up dialog ---------------------------------------------------------------------------------

def _start_with(root: Path, monkeypatch, tmp_path):
    from erfenis_desktop import paths

    resources = tmp_path / "resources"
    shutil.copytree(resources_dir(), resources, ignore=shutil.ignore_patterns("content"))
    shutil.copytree(root, resources / "content")
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    monkeypatch.setattr("erfenis_desktop.services.content.resources_dir", lambda: resources)


def test_the_start_up_dialog_says_each_problem_as_a_sentence(start_app, dialogs, monkeypatch, tmp_path):
    root = _copy(tmp_path / "copy")
    _edit(root / "nl" / "home.toml", NL_HOME_TITLE, BROKEN_TITLE)
    _start_with(root, monkeypatch, tmp_path)
    erfenis = start_app(lang="en", expect_exit=1)
    assert erfenis.window is None
    (warning,) = [r for r in dialogs.log if r.kind == "warn"]
    assert warning.title == "Erfenis cannot start"
    assert ENGLISH["syntax"] in warning.text.splitlines(), warning.text
    assert "Invalid value" not in warning.text  # Python's wording stays out: line and column say where


@pytest.mark.parametrize("break_it, expected", [
    (lambda root: _edit(root / "nl" / "home.toml", NL_HOME_TITLE, BROKEN_TITLE), ["syntax"]),
    (lambda root: (_edit(root / "nl" / "home.toml", 'tagline = "', 'slogan = "'),
                   _edit(root / "nl" / "about.toml", "[privacy]\ntitle = \"", "[privacy]\ntitle = \"  \"\nold = \"")),
     ["key_missing", "value_empty"]),
], ids=["syntax", "key-and-empty"])
def test_in_dutch_the_start_up_dialog_says_it_in_dutch(start_app, dialogs, monkeypatch, tmp_path, break_it, expected):
    """DUTCH above: the lead's translations must read exactly so."""
    root = _copy(tmp_path / "copy")
    break_it(root)
    _start_with(root, monkeypatch, tmp_path)
    start_app(lang="nl", expect_exit=1)
    (warning,) = [r for r in dialogs.log if r.kind == "warn"]
    assert warning.title == "Erfenis kan niet starten"
    lines = warning.text.splitlines()
    for key in expected:
        assert DUTCH[key] in lines, warning.text
        assert ENGLISH[key] not in warning.text
    assert not any(word in warning.text for word in (" is missing", " is empty", "cannot be read", "line ")), warning.text

