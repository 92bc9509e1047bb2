"""One running Erfenis per data folder; a second one brings the first one's window forward."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

LOCK_FILENAME = "erfenis.lock"


class AlreadyRunning(Exception):
    def __init__(self, pid: int | None):
        self.pid = pid
        super().__init__(f"Erfenis is already running on this data folder (process {pid})")


class LockUnavailable(Exception):
    """The lock file cannot be written (permissions, read-only disk)."""


class InstanceLock:
    def __init__(self, data_dir: Path):
        self._lock = QLockFile(str(data_dir / LOCK_FILENAME))
        # A lock left by a crashed Erfenis is recognised by its dead process id;
        # never treat a live lock as stale because of its age.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if not self._lock.tryLock(200):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise LockUnavailable(str(self._lock.error()))
            info = self._lock.getLockInfo()
            pid = info[0] if isinstance(info, tuple) and info and info[0] else None
            raise AlreadyRunning(pid)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


# Raising the window that is already open ---------------------------------------------------------
#
# A second Erfenis started on the same data folder does not open it (the lock says no); it asks the
# first one to bring its window to the front, over a local socket, and exits. The socket's name is
# a hash of the data folder (never the folder, a name or anything typed), it lives in the user's
# own runtime folder (or the private data folder) where other users cannot reach it, and the only
# thing it understands is one word: anything else is dropped unread.

RAISE = b"raise\n"
_SOCKET_PREFIX = "erfenis-"


def socket_name(data_dir: Path, environ: dict[str, str] | None = None) -> str:
    """The local socket of the Erfenis that has ``data_dir`` open: the same in every process of
    this user for the same folder, and telling nothing about the folder itself."""
    import os
    import sys

    from erfenis_desktop.domain.digest import sha256

    environ = os.environ if environ is None else environ
    digest = sha256(b"erfenis instance\0" + os.fsencode(str(Path(data_dir).resolve()))).hexdigest()[:24]
    name = _SOCKET_PREFIX + digest
    if sys.platform.startswith("win"):
        return name  # a named pipe, this user's only (see InstanceChannel)
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    for folder in (runtime, str(data_dir)):
        if folder and Path(folder).is_dir():
            path = str(Path(folder) / name)
            if len(os.fsencode(path)) < 100:  # a socket's path has a short limit
                return path
    return name


class InstanceChannel(QObject):
    """Listens, in the Erfenis that holds the lock, for a second Erfenis asking it to come to the
    front; ``raiseRequested`` then fires. Start it only while holding the lock (a socket left by
    an Erfenis that crashed is removed first)."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None, environ: dict[str, str] | None = None):
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = socket_name(data_dir, environ)
        self.received = 0  # how many times a second Erfenis asked (for the record; nothing else is kept)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(4)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(self.name):
            QLocalServer.removeServer(self.name)  # left behind by an Erfenis that did not close
            self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _accept(self) -> None:
        from PySide6.QtCore import QTimer

        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(2000, socket, socket.abort)  # nobody keeps a line open
            self._read(socket)

    def _read(self, socket) -> None:
        if socket.bytesAvailable() < len(RAISE):
            return  # not all of it yet (a line left open is closed after a moment)
        data = bytes(socket.read(len(RAISE) + 1))  # one more: "raise" and then anything is not "raise"
        socket.abort()  # one word per connection; whatever else was sent is never read
        if data == RAISE:
            self.received += 1
            self.raiseRequested.emit()

    def close(self) -> None:
        self._server.close()


def ask_to_raise(data_dir: Path, environ: dict[str, str] | None = None, timeout_ms: int = 1000) -> bool:
    """From a second Erfenis: ask the one that has ``data_dir`` open to come to the front. True
    when it was told (it may still be up to the desktop to let the window come forward)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(socket_name(data_dir, environ))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return sent
