"""After locking, the data key is nowhere in the process's memory (read from /proc/self/mem,
in a fresh Python process that shared, read, unlocked again and renewed first)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")

SCRIPT = textwrap.dedent('''
    import gc, os, sys, tempfile
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.vault import VaultService
    from erfenis_desktop.storage.database import open_database
    from erfenis_desktop.vault.kdf import FastTestKdf
    from tests.vault.memory_keyring import MemoryKeyring

    folder = Path(tempfile.mkdtemp()) / "data"
    folder.mkdir()
    vault = VaultService(open_database(folder), kdf=FastTestKdf(), keyring_backend=MemoryKeyring())
    couple = CoupleService(vault)
    a, _ = vault.create("Alex", "lange wandeling")
    b, _ = vault.create("Bo", "lange wandeling b")
    couple.link(a, b)
    note = a.save_text("note", "Ik merk dat ik me onrustig voel.")
    couple.share(a, note)
    a.read_text(note); couple.shared(b); a.damaged_items()
    a.lock()
    a, _ = vault.unlock(a.profile.uuid, "lange wandeling")
    a.texts()
    a, _code = vault.renew_key_job(a, "lange wandeling", "een nieuwe wandeling").run_here()
    vault.change_password(a, "nog een wandeling")
    # Only a masked copy of the key is kept here, so the test itself holds no copy of it.
    mask = os.urandom(32)
    masked = bytes(x ^ y for x, y in zip(a._data_key, mask))
    keep_unlocked = sys.argv[2] == "control"
    held = a._data_key  # as a closure or a job might still hold it: locking must overwrite it
    if not keep_unlocked:
        a.lock()
    b.lock()
    gc.collect()

    needle = bytes(x ^ y for x, y in zip(masked, mask))
    own = id(needle) + sys.getsizeof(b"") - 1  # where the needle's own bytes are
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            parts = line.split()
            low, high = (int(x, 16) for x in parts[0].split("-"))
            if "r" not in parts[1] or (len(parts) > 5 and parts[5].startswith("[v")):
                continue
            try:
                mem.seek(low)
                data = mem.read(high - low)
            except (OSError, OverflowError, ValueError):
                continue
            # bytes.find, not a regular expression: a pattern made from the needle would be a copy
            # of the key of its own (when none of its bytes needs escaping) and be found.
            at = data.find(needle)
            while at != -1:
                found += low + at != own
                at = data.find(needle, at + 1)
            del data
    print(found)
''')


def _copies(mode: str) -> int:
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(root), mode], capture_output=True, text=True,
                          timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip().splitlines()[-1])


def test_the_data_key_is_gone_from_memory_after_lock():
    assert _copies("control") >= 1  # the scan does find the key while the profile is open
    assert _copies("locked") == 0
