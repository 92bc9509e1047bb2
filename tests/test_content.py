"""The editable content files: complete, twins in both languages, and checked at start."""

from __future__ import annotations

import tomllib

import pytest

from erfenis_desktop.domain.content import DATA_KEYS, LANGUAGE_LISTS, ContentError, validate
from erfenis_desktop.paths import resources_dir
from erfenis_desktop.services.content import load_content

CONTENT = resources_dir() / "content"


def _load(lang: str) -> dict:
    return {p.stem: tomllib.loads(p.read_text("utf-8")) for p in sorted((CONTENT / lang).glob("*.toml"))}


def _keys(node, prefix=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _keys(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(node, list) and prefix.rsplit(".", 1)[-1] in LANGUAGE_LISTS:
        yield prefix, node  # a word list of one language: its length may differ
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _keys(v, f"{prefix}[{i}]")
    else:
        yield prefix, node


def test_every_dutch_file_has_an_english_twin_with_the_same_keys():
    nl, en = _load("nl"), _load("en")
    assert nl, "no Dutch content found"
    assert nl.keys() == en.keys()
    for name in nl:
        assert [k for k, _ in _keys(nl[name])] == [k for k, _ in _keys(en[name])], name


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_is_empty(lang):
    for name, tree in _load(lang).items():
        for key, value in _keys(tree):
            if isinstance(value, list):
                assert value and all(isinstance(w, str) and w.strip() for w in value), f"{lang}/{name}.toml: {key}"
            elif not isinstance(value, (bool, int, float)):
                assert isinstance(value, str) and value.strip(), f"{lang}/{name}.toml: {key}"


def test_data_values_are_the_same_in_both_languages():
    nl, en = _load("nl"), _load("en")
    for name in nl:
        data = lambda tree: [(k, v) for k, v in _keys(tree) if k.rsplit(".", 1)[-1] in DATA_KEYS]  # noqa: E731
        assert data(nl[name]) == data(en[name]), name


def test_shipped_content_passes_start_up_validation():
    bundle = load_content()
    assert set(bundle.languages) == {"nl", "en"}


def test_validation_names_each_problem():
    nl = {"home": {"welcome": {"title": "Welkom", "tagline": "x", "body": "x", "not_therapy": "x"}},
          "about": {"about": {"purpose": "x"}, "privacy": {"title": "x", "body": "x"},
                    "protection": {"title": "x", "body": "x"},
                    "care": {"title": "x", "intro": "x", "contacts": [{"name": "113", "detail": "x"}]}}}
    en = {"home": {"welcome": {"title": "  ", "tagline": "x", "body": "x"}},
          "about": nl["about"]}
    with pytest.raises(ContentError) as err:
        validate({"nl": nl, "en": en})
    problems = "\n".join(map(str, err.value.problems))
    assert "en/home.toml: 'welcome.title' is empty" in problems
    assert "en/home.toml: 'welcome.not_therapy' is missing" in problems


def test_a_broken_content_file_stops_start_with_a_clear_message(tmp_path):
    root = tmp_path / "content"
    for lang in ("nl", "en"):
        (root / lang).mkdir(parents=True)
        for p in (CONTENT / lang).glob("*.toml"):
            (root / lang / p.name).write_text(p.read_text("utf-8"), "utf-8")
    (root / "en" / "home.toml").write_text("[welcome\ntitle = ", "utf-8")
    with pytest.raises(ContentError) as err:
        load_content(root)
    assert "en/home.toml cannot be read" in str(err.value)
