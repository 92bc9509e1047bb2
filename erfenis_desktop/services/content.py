"""Load the content files from disk and validate them (see domain.content)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from erfenis_desktop.domain.content import ContentBundle, ContentError, validate
from erfenis_desktop.paths import resources_dir


def load_content(root: Path | None = None) -> ContentBundle:
    root = root or resources_dir() / "content"
    texts: dict[str, dict[str, dict]] = {}
    problems: list[str] = []
    if not root.is_dir():
        raise ContentError([f"the content folder {root} is missing"])
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        files: dict[str, dict] = {}
        for path in sorted(lang_dir.glob("*.toml")):
            try:
                with path.open("rb") as fh:
                    files[path.stem] = tomllib.load(fh)
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                problems.append(f"{lang_dir.name}/{path.name} cannot be read: {exc}")
        texts[lang_dir.name] = files
    if problems:
        raise ContentError(problems)
    return validate(texts)
