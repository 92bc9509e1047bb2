"""settings.ini, fuzzed (issue 15, section 2): whatever the file holds (a value of the wrong type,
a huge or negative number, an unknown language or colour scheme, text where a number belongs,
a list, Qt's @Variant and @ByteArray forms, bytes that are not UTF-8, a file that is not an INI
file at all), every setting reads as a value it may have (its default when the stored one is
odd) and Erfenis starts as usual, saying nothing."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray

from erfenis_desktop.services.settings import REGISTRY, SETTINGS_FILENAME, Settings

SCALE = int(os.environ.get("ERFENIS_FUZZ_SCALE", "1"))

_ODD = st.sampled_from([
    "", " ", "-100", "0", "1e999", "inf", "-inf", "nan", "9" * 400, "-9223372036854775809", "150.5", "0x96",
    "true", "false", "null", "none", "fr", "NL", "nl_NL", "klingon", "dark ", "Dark", "contrast", "rainbow",
    "a, b, c", "\"quoted\"", "@Invalid()", "@ByteArray(\\0\\xff)", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)",
    "@Variant(\\0\\0\\0\\x6\\x7f\\xf0\\0\\0\\0\\0\\0\\0)",  # a double: infinity
    "@Variant(\\0\\0\\0\\x6\\x7f\\xf8\\0\\0\\0\\0\\0\\0)",  # a double: not a number
    "@Variant(\\0\\0\\0\\x2\\xff\\xff\\xff\\x9c)",  # an int: -100
    "@Variant(\\0\\0\\0\\t\\0\\0\\0\\x2)",  # a list
    "@Variant(\\0\\0\\0\\x1\\x1)",  # true
    "@Rect(1 2 3 4)", "@Size(0 0)", "@Point(-1 -1)", "🌱", "\\x1b[31m", "\\0",
]) | st.integers(-2**70, 2**70).map(str) | st.text(alphabet=st.characters(exclude_characters="\n\r"), max_size=20)


def _ini(data) -> bytes:
    lines = []
    by_group: dict[str, list[str]] = {}
    for key in REGISTRY:
        if data.draw(st.integers(0, 3)):
            group, name = key.split("/")
            by_group.setdefault(group, []).append(f"{name}={data.draw(_ODD)}")
    for group, entries in by_group.items():
        lines.append(f"[{group}]")
        lines += entries
    raw = "\n".join(lines).encode("utf-8", "surrogatepass")
    how = data.draw(st.sampled_from(["as is", "as is", "not utf-8", "random", "cut"]))
    if how == "not utf-8":
        raw = raw.replace(b"=", b"=\xff\xfe", 1)
    elif how == "random":
        raw = data.draw(st.binary(max_size=200))
    elif how == "cut" and raw:
        raw = raw[:data.draw(st.integers(0, len(raw) - 1))]
    return raw


def _all_sane(s: Settings) -> dict:
    values = {}
    for key, spec in REGISTRY.items():
        value = s.get(key)
        assert isinstance(value, spec.kind), (key, value)
        assert spec.valid(value), (key, value)
        values[key] = value
    return values


@settings(max_examples=100 * SCALE, deadline=None, database=None, derandomize=True)
@given(data=st.data())
def test_any_settings_file_reads_as_allowed_values(data, tmp_path_factory):
    folder = tmp_path_factory.mktemp("settings")
    raw = _ini(data)
    (folder / SETTINGS_FILENAME).write_bytes(raw)
    _all_sane(Settings(folder))


def test_the_odd_values_read_as_their_defaults(tmp_path):
    """A few by hand, so the check above is known to look: each reads as its default."""
    (tmp_path / SETTINGS_FILENAME).write_text(
        "[ui]\nlanguage=klingon\ntext_scale=@Variant(\\0\\0\\0\\x6\\x7f\\xf0\\0\\0\\0\\0\\0\\0)\n"
        "color_scheme=rainbow\n[security]\nauto_lock_minutes=-5\n[window]\ngeometry=@Variant(\\0\\0\\0\\t\\0\\0\\0\\x2)\n")
    s = Settings(tmp_path)
    assert s.get("ui/language") == "" and s.get("ui/text_scale") == 100 and s.get("ui/color_scheme") == "system"
    assert s.get("security/auto_lock_minutes") == 5 and s.get("window/geometry") == QByteArray()
    (tmp_path / SETTINGS_FILENAME).write_text("[security]\nauto_lock_minutes=@Variant(\\0\\0\\0\\x1\\x1)\n")
    assert Settings(tmp_path).get("security/auto_lock_minutes") == 5  # a stored true is not 1 minute


def test_erfenis_starts_with_a_garbage_settings_file_and_says_nothing(start_app, dialogs, data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / SETTINGS_FILENAME).write_bytes(
        b"[ui]\nlanguage=\xff\xfe\ntext_scale=-300\ncolor_scheme=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\0)\n"
        b"[security]\nauto_lock_minutes=99999999999999999999999\n[window]\ngeometry=@ByteArray(garbage)\n\0\0\0")
    erfenis = start_app(lang=None)
    assert erfenis.window is not None and erfenis.window.isVisible()
    assert dialogs.log == []  # nothing alarming: the odd values are simply not used
    assert erfenis.prefs.text_scale == 100 and erfenis.prefs.auto_lock_minutes == 5


@settings(max_examples=40 * SCALE, deadline=None, database=None, derandomize=True)
@given(value=_ODD | st.sampled_from(["relative/folder", "/tmp/a\\0b", "/tmp/a, /tmp/b", "@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)"]))
def test_the_remembered_data_folder_is_a_folder_or_nothing(value):
    """location.ini (the folder chosen on the problem screen), holding anything: an absolute
    folder, or nothing remembered (the usual folder), never a crash at start."""
    from erfenis_desktop.services import locations

    path = locations._pointer_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[data]\ndir={value}\n", encoding="utf-8", errors="surrogatepass")
    remembered = locations.remembered_data_dir()
    assert remembered is None or (remembered.is_absolute() and "\0" not in str(remembered))
    assert locations.resolve_data_dir(None, {}).is_absolute()

