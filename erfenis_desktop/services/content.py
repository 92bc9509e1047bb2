"""Load the content files from disk and validate them (see domain.content).

Checking every file on every start costs more than the rest of start-up, so a start with
a cache folder remembers *that* a set of files was checked: a small file holding the hash
of their bytes (and of the checking code). When the files hash the same again, they are not
checked again, and each file is parsed only when something first reads it, from the very
bytes that were hashed (an edit made while Erfenis runs cannot slip in unchecked). The
cache is trusted for nothing else: a missing, corrupt, stale or foreign one only means the
files are checked as before, and a file with an error is reported exactly as before (a set
of files with a problem is never remembered).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from erfenis_desktop import __version__
from erfenis_desktop.domain.content import ContentBundle, ContentError, ContentProblem, validate
from erfenis_desktop.domain.content_problems import problem
from erfenis_desktop.domain.digest import sha256
from erfenis_desktop.paths import resources_dir

CACHE_FILE = "content-checked.json"
CACHE_FORMAT = 1

#: How many times the content files were fully checked in this process (the cache's
#: effect, for tests and benchmarks: a start with unchanged files does not add one).
validations = 0


class LazyFiles(Mapping):
    """One language's files, ``name -> parsed TOML tree``, each parsed on first reading from
    the bytes that were hashed when the set was recognised as checked."""

    def __init__(self, raw: dict[str, bytes]):
        self._raw = dict(raw)
        self._parsed: dict[str, dict] = {}

    def __getitem__(self, name: str) -> dict:
        tree = self._parsed.get(name)
        if tree is None:
            tree = tomllib.loads(self._raw[name].decode("utf-8"))  # KeyError for an unknown name
            self._parsed[name] = tree
        return tree

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, name: object) -> bool:
        return name in self._raw


def default_cache_dir() -> Path | None:
    """Where the record of checked content lives: the platform's cache folder for Erfenis."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.applicationName():
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        return Path(location) if location else None
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location) / "Erfenis" if location else None


def _read(root: Path) -> dict[str, dict[str, bytes]]:
    if not root.is_dir():
        raise ContentError([problem("folder_missing", root)])
    raw: dict[str, dict[str, bytes]] = {}
    problems: list[ContentProblem] = []
    for lang_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        raw[lang_dir.name] = {}
        for path in sorted(lang_dir.glob("*.toml")):
            try:
                raw[lang_dir.name][path.stem] = path.read_bytes()
            except OSError as exc:  # unreadable (permissions, a folder named *.toml …): said, not a traceback
                problems.append(problem("file_unreadable", exc.strerror or type(exc).__name__,
                                        where=f"{lang_dir.name}/{path.name}"))
    if problems:
        raise ContentError(problems)
    return raw


#: Where tomllib puts the place of a syntax error in its message (Python 3.11 has no lineno).
_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def syntax_problem(where: str, exc: tomllib.TOMLDecodeError, data: str) -> ContentProblem:
    """A TOML syntax error as a problem naming its line and column (from the exception's
    attributes where Python has them, else from its message), and tomllib's own words."""
    message = str(exc.msg if isinstance(getattr(exc, "msg", None), str) else exc)
    found = _AT.search(message)
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if found:
        message = message[:found.start()]
        if not isinstance(line, int) or not isinstance(column, int):
            line, column = int(found.group(1)), int(found.group(2))
    elif end := _AT_END.search(message):  # the place is where the text stops
        message = message[:end.start()]
        if not isinstance(line, int) or not isinstance(column, int):
            line = data.count("\n") + 1
            column = len(data) - (data.rfind("\n") + 1) + 1
    if isinstance(line, int) and isinstance(column, int):
        return problem("toml_syntax", line, column, message.strip(), where=where)
    return problem("toml_syntax_unplaced", message.strip(), where=where)


def _checker_fingerprint() -> bytes:
    """What the verdict depends on besides the files: this version, Python's TOML parser and the
    checking code itself (every module of domain/, small and pure)."""
    parts = [f"{CACHE_FORMAT}|{__version__}|{sys.version_info[:2]}".encode()]
    domain = Path(validate.__code__.co_filename).parent
    for path in sorted(domain.glob("*.py")):
        try:
            parts.append(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            parts.append(path.name.encode())
    return b"\0\0".join(parts)


def _digest(raw: dict[str, dict[str, bytes]]) -> str:
    digest = sha256(_checker_fingerprint())
    for lang, files in sorted(raw.items()):
        digest.update(f"\0lang\0{lang}\0{len(files)}".encode())
        for name, data in sorted(files.items()):
            digest.update(f"\0file\0{name}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _remembered(cache_dir: Path, digest: str) -> bool:
    try:
        record = json.loads((cache_dir / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return False  # none yet, unreadable or corrupt: check the files
    return isinstance(record, dict) and record.get("format") == CACHE_FORMAT and record.get("checked") == digest


def _remember(cache_dir: Path, digest: str) -> None:
    """Best effort: a cache that cannot be written only means checking again next time."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        temporary = cache_dir / f".{CACHE_FILE}.{os.getpid()}"
        temporary.write_text(json.dumps({"format": CACHE_FORMAT, "checked": digest}), encoding="utf-8")
        os.replace(temporary, cache_dir / CACHE_FILE)
    except OSError:
        pass


def _check(raw: dict[str, dict[str, bytes]]) -> ContentBundle:
    global validations
    validations += 1
    texts: dict[str, dict[str, dict[str, Any]]] = {}
    problems: list[ContentProblem] = []
    for lang, files in raw.items():
        parsed: dict[str, dict] = {}
        for name, data in files.items():
            where = f"{lang}/{name}.toml"
            try:
                text = data.decode("utf-8")
                parsed[name] = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                problems.append(syntax_problem(where, exc, text))
            except UnicodeDecodeError as exc:  # Python's own wording names a codec, not the file's problem
                problems.append(problem("not_utf8", data[:exc.start].count(b"\n") + 1, where=where))
        texts[lang] = parsed
    if problems:
        raise ContentError(problems)
    return validate(texts)


def load_content(root: Path | None = None, cache_dir: Path | None = None) -> ContentBundle:
    """The content, checked. With ``cache_dir``, a set of files already checked (same hash) is
    not checked again, and its files are parsed when first read."""
    root = root or resources_dir() / "content"
    raw = _read(root)
    if cache_dir is None:
        return _check(raw)
    digest = _digest(raw)
    if _remembered(cache_dir, digest):
        return ContentBundle(languages=tuple(sorted(raw)), texts={lang: LazyFiles(files) for lang, files in raw.items()})
    bundle = _check(raw)  # raises ContentError with every problem: nothing is remembered
    _remember(cache_dir, digest)
    return bundle
