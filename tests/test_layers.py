"""The layers point one way: ui → services → storage → vault → domain.

Read from the source (every import, also those inside functions; imports only for type
hints, under ``if TYPE_CHECKING:``, are not a dependency at run time and are left out):

- domain/ is pure Python: no Qt, no I/O, nothing of the package outside domain/;
- vault/ knows no storage, services or ui (tests/vault/test_layering.py says more);
- storage/ knows no services or ui; services/ no ui and no Qt widgets or painting;
- ui/ never reaches past services: no storage, no vault (no SQL, no keys in a widget);
- services/ import each other in one direction only: no circle, however long;
- ui/ holds feature folders only, so its tree tells what Erfenis does.
"""

from __future__ import annotations

import ast
from pathlib import Path

import erfenis_desktop

PACKAGE = Path(erfenis_desktop.__file__).resolve().parent
STDLIB_IO = ("os", "io", "pathlib", "sqlite3", "socket", "subprocess", "shutil", "tempfile", "urllib", "http")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, text: str | None = None) -> set[str]:
    """Every module ``path`` (or ``text`` as if it were there) imports at run time, as
    absolute names (``from a import b`` gives both ``a`` and ``a.b``: ``b`` may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text)
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(n) for n in ast.walk(node)}
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def _layer(name: str) -> list[Path]:
    return sorted((PACKAGE / name).rglob("*.py"))


def _offences(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{p.relative_to(PACKAGE)} imports {m}" for p in _layer(layer) for m in imports(p)
                  if m == forbidden or m.startswith(forbidden))


def test_the_import_reader_sees_relative_and_late_imports():
    """The reader itself: a relative import inside a function counts, a type-hint one does not."""
    text = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ...vault import keys\n"
            "def f():\n    from ...storage import database\n    from ..common import dialogs\n")
    found = imports(PACKAGE / "ui" / "profile" / "probe.py", text)
    assert {"erfenis_desktop.storage.database", "erfenis_desktop.ui.common.dialogs"} <= found
    assert not any(m.startswith("erfenis_desktop.vault") for m in found)


def test_domain_is_pure_python():
    assert _offences("domain", ("PySide6", "keyring", "cryptography") + STDLIB_IO) == []
    outside = sorted(f"{p.relative_to(PACKAGE)} imports {m}" for p in _layer("domain") for m in imports(p)
                     if m.startswith("erfenis_desktop") and not m.startswith("erfenis_desktop.domain"))
    assert outside == []
    opened = sorted(str(p.relative_to(PACKAGE)) for p in _layer("domain")
                    if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "open"
                           for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))))
    assert opened == []


def test_lower_layers_never_reach_up():
    assert _offences("vault", ("erfenis_desktop.storage", "erfenis_desktop.services", "erfenis_desktop.ui",
                               "erfenis_desktop.app", "PySide6")) == []
    assert _offences("storage", ("erfenis_desktop.services", "erfenis_desktop.ui", "erfenis_desktop.app",
                                 "PySide6")) == []
    assert _offences("services", ("erfenis_desktop.ui", "erfenis_desktop.app", "PySide6.QtWidgets",
                                  "PySide6.QtGui")) == []


def test_ui_never_touches_storage_or_keys():
    assert _offences("ui", ("erfenis_desktop.storage", "erfenis_desktop.vault", "sqlite3", "keyring",
                            "cryptography")) == []


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other, directly or round about (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return circles


def test_the_circle_finder_finds_a_round_about_circle():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": set()}) == []


def test_services_import_each_other_in_one_direction():
    modules = {_module_name(p): p for p in _layer("services")}
    graph = {name: {m for m in imports(path) if m in modules and m != name} for name, path in modules.items()}
    assert _circles(graph) == []
    # the three that once went round in a circle: vault → unlocked, couple → vault and unlocked
    assert "erfenis_desktop.services.couple" not in graph["erfenis_desktop.services.unlocked"]
    assert "erfenis_desktop.services.vault" not in graph["erfenis_desktop.services.unlocked"]


def test_ui_holds_feature_folders_only():
    loose = sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py")
    assert loose == []
    features = {p.name for p in (PACKAGE / "ui").iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {"common", "profile", "pattern", "together", "dans", "practice", "workshop"} <= features
