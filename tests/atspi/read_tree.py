"""Erfenis as a screen reader sees it: read from outside, over AT-SPI, by another process.

Run with the system's Python and its ``gi`` (Debian: python3-gi, gir1.2-atspi-2.0), never
with Erfenis's own venv: this is what Orca would see, not what Qt says about itself.

    /usr/bin/python3 tests/atspi/read_tree.py --profile NAME --timeout 60 < password

It finds the running Erfenis among the applications on the accessibility bus (libatspi),
reads the profile picker, opens the profile (the password set in the password field through
AT-SPI's EditableText, Unlock pressed through its Action), reads the home screen, opens the
pattern mirror, begins it and reads its first question. It prints one JSON object on stdout:

    {"picker": [...], "unlock": [...], "home": [...], "exercise": [...]}

each a list of what was showing on that screen, in tree order: {"role", "name",
"description", "focusable"}. When a screen does not come in time it prints what it has, with
"error" and "last" (what was showing then), and exits 1. The test (tests/test_atspi_outside.py)
decides what is right.

The tree is read with the AT-SPI D-Bus method GetChildren (one answer per object, through
Gio) rather than libatspi's child count followed by GetChildAtIndex: Qt 6.11 does not check
that index for a scroll area, and a count that went stale while a page was being laid out
(a scroll bar came or went) makes Erfenis crash (QAccessibleAbstractScrollArea::child).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
gi.require_version("Gio", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

ACCESSIBLE = "org.a11y.atspi.Accessible"
CALL_MS = 5000  # one call never waits on a stuck Erfenis for long


class Missing(Exception):
    """A step's screen did not come in time, or a control could not be used."""


class Node:
    """One object in Erfenis's tree, addressed as a screen reader addresses it."""

    def __init__(self, bus: Gio.DBusConnection, name: str, path: str):
        self.bus, self.name, self.path = bus, name, path

    def call(self, interface: str, method: str, args: GLib.Variant | None = None, reply: str | None = None):
        result = self.bus.call_sync(self.name, self.path, interface, method, args,
                                    GLib.VariantType(reply) if reply else None,
                                    Gio.DBusCallFlags.NO_AUTO_START, CALL_MS, None)
        return result.unpack() if result is not None else ()

    def prop(self, prop: str):
        return self.call("org.freedesktop.DBus.Properties", "Get", GLib.Variant("(ss)", (ACCESSIBLE, prop)),
                         "(v)")[0]

    def children(self) -> list[Node]:
        (refs,) = self.call(ACCESSIBLE, "GetChildren", None, "(a(so))")
        return [Node(self.bus, name, path) for name, path in refs if path != Atspi.DBUS_PATH_NULL]

    def states(self) -> set[int]:
        (words,) = self.call(ACCESSIBLE, "GetState", None, "(au)")
        return {32 * w + bit for w, word in enumerate(words) for bit in range(32) if word >> bit & 1}

    def describe(self) -> dict:
        states = self.states()
        return {
            "role": Atspi.role_get_name(Atspi.Role(self.call(ACCESSIBLE, "GetRole", None, "(u)")[0])),
            "name": self.prop("Name"),
            "description": self.prop("Description"),
            "focusable": int(Atspi.StateType.FOCUSABLE) in states,
            "showing": {int(Atspi.StateType.SHOWING), int(Atspi.StateType.VISIBLE)} <= states,
        }

    def press(self) -> None:
        """Press it as a screen reader does: its first action."""
        (done,) = self.call("org.a11y.atspi.Action", "DoAction", GLib.Variant("(i)", (0,)), "(b)")
        if not done:
            raise Missing(f"{self.path} could not be pressed through AT-SPI")

    def set_text(self, text: str) -> None:
        (done,) = self.call("org.a11y.atspi.EditableText", "SetTextContents", GLib.Variant("(s)", (text,)), "(b)")
        if not done:
            raise Missing(f"{self.path} took no text through AT-SPI")


def walk(node: Node, depth: int = 0):
    """(node, its description) for every showing object under ``node``, in tree order; what is
    hidden is skipped with everything in it. An object that went away while being read is
    skipped too (the page changed under the reader)."""
    for child in node.children() if depth < 60 else ():
        try:
            seen = child.describe()
        except GLib.Error:
            continue
        if seen.pop("showing"):
            yield child, seen
            yield from walk(child, depth + 1)


def snapshot(app: Node) -> list[dict]:
    return [seen for _node, seen in walk(app)]


def accessibility_bus() -> Gio.DBusConnection:
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    (address,) = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                   GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, CALL_MS, None).unpack()
    flags = Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    return Gio.DBusConnection.new_for_address_sync(address, flags, None, None)


def find_app(bus: Gio.DBusConnection, name: str, deadline: float) -> Node:
    """The application called ``name`` among those the registry knows (libatspi's desktop)."""
    Atspi.set_timeout(CALL_MS, CALL_MS)
    desktop = Atspi.get_desktop(0)
    while time.monotonic() < deadline:
        for app in desktop.get_children() if hasattr(desktop, "get_children") else \
                [desktop.get_child_at_index(i) for i in range(desktop.get_child_count())]:
            try:
                if app is not None and app.get_name() == name:
                    return Node(bus, app.app.bus_name, app.path)
            except GLib.Error:
                continue
        time.sleep(0.2)
    raise Missing(f"no application named {name!r} on the accessibility bus")


def wait_for(app: Node, role: str, name: str, deadline: float, screen: str, prefix: bool = False) -> Node:
    """The first showing object with this role and name (or a name that begins so), once it is
    there (polled: the reader runs no main loop and so hears no events)."""
    while time.monotonic() < deadline:
        try:
            for node, seen in walk(app):
                if seen["role"] == role and (seen["name"].startswith(name) if prefix else seen["name"] == name):
                    return node
        except GLib.Error:
            pass  # the page changed while it was read: read it again
        time.sleep(0.1)
    raise Missing(f"{screen}: no showing {role} named {name!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", default="Erfenis")
    parser.add_argument("--profile", required=True, help="the name of the profile to open")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds for the whole walk")
    args = parser.parse_args(argv)
    password = sys.stdin.readline().rstrip("\n")  # not on the command line, where ps shows it
    deadline = time.monotonic() + args.timeout
    seen: dict = {}
    app = None
    try:
        bus = accessibility_bus()
        app = find_app(bus, args.app, deadline)
        opener = wait_for(app, "push button", f"Open the profile of {args.profile}", deadline, "picker")
        seen["picker"] = snapshot(app)
        opener.press()
        field = wait_for(app, "password text", "Password", deadline, "unlock")
        seen["unlock"] = snapshot(app)
        field.set_text(password)
        wait_for(app, "push button", "Unlock", deadline, "unlock").press()
        mirror = wait_for(app, "push button", "Pattern mirror", deadline, "home")
        seen["home"] = snapshot(app)
        mirror.press()
        wait_for(app, "push button", "Begin the pattern mirror", deadline, "pattern mirror").press()
        wait_for(app, "check box", "Answer 1 of 7", deadline, "pattern mirror's first question", prefix=True)
        seen["exercise"] = snapshot(app)
    except (Missing, GLib.Error) as exc:
        seen["error"] = str(exc)
        try:
            seen["last"] = snapshot(app) if app is not None else []
        except GLib.Error as gone:
            seen["last"] = [{"error": str(gone)}]
        print(json.dumps(seen, ensure_ascii=False))
        return 1
    print(json.dumps(seen, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
