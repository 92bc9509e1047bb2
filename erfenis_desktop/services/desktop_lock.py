"""Lock when the desktop locks its screen or goes to sleep, where it says so over D-Bus.

freedesktop ScreenSaver (``ActiveChanged``) on the session bus and logind
(``PrepareForSleep``) on the system bus. Where either is missing, nothing happens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class DesktopLockWatcher(QObject):
    lockRequested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.listening: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session, system = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        watches = (
            (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "screensaver"),
            (session, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver", "ActiveChanged", "gnome-screensaver"),
            (system, "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", "logind"),
        )
        for bus, service, path, interface, name, label in watches:
            if bus.isConnected() and bus.connect(service, path, interface, name, self, "_on_signal(bool)"):
                self.listening.append(label)

    @Slot(bool)
    def _on_signal(self, active: bool) -> None:
        if active:
            self.lockRequested.emit()
