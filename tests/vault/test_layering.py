"""The vault layer stays cheap to import and free of Qt/SQL/upper layers."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import erfenis_desktop.vault as vault_pkg

VAULT_DIR = Path(vault_pkg.__file__).parent
FORBIDDEN = ("PySide6", "sqlite3", "erfenis_desktop.storage", "erfenis_desktop.services",
             "erfenis_desktop.ui", "erfenis_desktop.app")


def _imported_modules(path: Path) -> list[tuple[str, bool]]:
    """(module, at_top_level) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, id(node) in top))
    return found


def test_no_forbidden_or_heavy_top_level_imports() -> None:
    modules = sorted(VAULT_DIR.glob("*.py"))
    assert len(modules) >= 7
    for path in modules:
        for name, top_level in _imported_modules(path):
            assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
            if top_level:
                assert not name.startswith(("cryptography", "keyring")), (
                    f"{path.name} imports {name} at module level"
                )


def test_importing_vault_modules_loads_no_heavy_packages() -> None:
    code = (
        "import sys\n"
        "import erfenis_desktop\n"
        "before = set(sys.modules)\n"
        "import erfenis_desktop.vault\n"
        "from erfenis_desktop.vault import aead, device_secret, errors, kdf, keys,"
        " recovery_code, wordlist\n"
        "heavy = [m for m in set(sys.modules) - before if m.split('.')[0] in"
        " ('cryptography', 'keyring', 'PySide6', 'sqlite3', '_sqlite3')]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=VAULT_DIR.parent.parent,
    )
    assert out.stdout.strip() == ""


def test_modules_are_small() -> None:
    for path in VAULT_DIR.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
