"""The words agreed on (issue 12, section 3), in every Dutch and English text a person reads:
the content files and the interface's translations (what the .qm files are made from)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "resources" / "content"

# (what must not appear, why) — case-insensitive, whole text.
DUTCH_NEVER = [
    (r"patrooncheck", "the questionnaire is the Patroonspiegel"),
    (r"kringloop", "'kringloop' reads as the second-hand shop: 'cirkel'"),
    (r"\bbewaren als\b|\bkon niet worden bewaard\b|\bbewaard als\b|\bweggeschreven\b", "files are 'opgeslagen'"),
    (r"(?-i:(?<![.\w])pdf\b)", "PDF in capitals"),
    (r"woorden van je slot", "'Je controlewoorden'"),
    (r"vastzet|vastgezet", "'Klaar, inleveren' / 'Ingeleverd'"),
    (r", die praat\b|, die luistert\b", "'Alex praat:'"),
    (r"hoogstens", "'maximaal'"),
    (r"harder \S+ trekt", "the one moving closer 'dringt aan'"),
    (r"uit kritiek", "'heeft kritiek'"),
    (r"alleen aan werken", "'in je eentje'"),
    (r"de afwezige ouder\b.*:", "a pattern is no verdict on a named person"),
]
ENGLISH_NEVER = [
    (r"pattern check", "the questionnaire is the pattern mirror"),
    (r"[A-Za-z}]'[A-Za-z]", "typographic apostrophes (’)"),
    (r"\bfrom home into love\b", "'into your love life'"),
]


def _content_texts(lang: str):
    """Every string value in the language's content files (comments left out)."""
    import tomllib

    def walk(value, where):
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            for k, v in value.items():
                yield from walk(v, f"{where}.{k}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                yield from walk(v, f"{where}[{i}]")

    for path in sorted((CONTENT / lang).glob("*.toml")):
        yield from walk(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def _ui_texts(lang: str):
    """The interface's strings as shown in ``lang``: the Dutch translations, or the English sources."""
    tree = ET.parse(ROOT / "translations" / "erfenis_nl.ts")
    for context in tree.getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            if lang == "en":
                yield name, (message.findtext("source") or "")
                continue
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            for form in forms:
                yield name, form


@pytest.mark.parametrize("lang, rules", [("nl", DUTCH_NEVER), ("en", ENGLISH_NEVER)])
def test_the_agreed_words_everywhere(lang, rules):
    found = []
    for where, text in [*_content_texts(lang), *_ui_texts(lang)]:
        plain = text.replace("&", "")  # an Alt letter never splits a word for this check
        for pattern, why in rules:
            if re.search(pattern, plain, flags=0 if pattern.startswith("[") else re.IGNORECASE):
                found.append(f"{where}: {why}: {text[:90]!r}")
    assert not found, "\n".join(found)


def test_the_new_words_are_used():
    """Not only are the old words gone: the agreed ones are there (a rule above that matched
    nothing because the text moved would otherwise pass unseen)."""
    nl = " ".join(t for _w, t in [*_content_texts("nl"), *_ui_texts("nl")]).replace("&", "")
    en = " ".join(t for _w, t in [*_content_texts("en"), *_ui_texts("en")]).replace("&", "")
    for word in ("Patroonspiegel", "Onze cirkel in kaart", "Opslaan als PDF", "Je controlewoorden",
                 "Klaar, inleveren", "Ingeleverd", "%1 praat:", "maximaal", "Wat jullie deelden",
                 "hoe harder {pursuer} aandringt", "heeft kritiek", "in je eentje",
                 "hoe verder die zich terugtrekt, hoe harder de eerste aandringt"):
        assert word in nl, word
    for word in ("Pattern mirror", "into your love life", "%1 is talking:", "I’m"):
        assert word in en, word
