"""What Erfenis hears from outside its window, set up right after the first paint.

A second Erfenis started on the same data folder asks this one to come forward
(``services/instance.py``: :func:`listen`, :func:`raise_window`), and the desktop's screen lock
or sleep locks the open profiles (``services/desktop_lock.py``: :func:`watch_desktop`). Each
function takes the running :class:`~erfenis_desktop.app.Erfenis`; app.py keeps thin methods
of the same names, and imports this module only when the first of them runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def listen(erfenis) -> None:
    """From now on a second Erfenis on this folder brings this window forward."""
    if erfenis.lock is None or erfenis.channel is not None:
        return
    from erfenis_desktop.services.instance import InstanceChannel

    erfenis.channel = InstanceChannel(erfenis.data_dir, erfenis, erfenis.environ)
    erfenis.channel.raiseRequested.connect(erfenis.raise_window)


def raise_window(erfenis) -> None:
    """Back from the taskbar, in front, with focus where the desktop allows it (and otherwise
    asking for attention in the taskbar)."""
    from PySide6.QtCore import Qt

    window = erfenis.window
    if window is None:
        return
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def watch_desktop(erfenis) -> None:
    if erfenis.session is None or erfenis.desktop_lock is not None:
        return
    from erfenis_desktop.services.desktop_lock import DesktopLockWatcher

    erfenis.desktop_lock = DesktopLockWatcher(erfenis)
    erfenis.desktop_lock.lockRequested.connect(erfenis._desktop_locked)
