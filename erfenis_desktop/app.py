"""Wiring: start-up order, the main window or the problem screen, and shutdown."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from erfenis_desktop import APP_NAME, __version__
from erfenis_desktop.cli import KEYRING_PROBE, Options, keyring_probe, parse_args
from erfenis_desktop.domain.content import ContentBundle, ContentError
from erfenis_desktop.services import locations, store
from erfenis_desktop.services.content import default_cache_dir, load_content
from erfenis_desktop.services.i18n import TranslationMissing, Translations, choose_language, system_ui_languages
from erfenis_desktop.services.instance import AlreadyRunning, InstanceLock, LockUnavailable
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import IdleWatcher, Session
from erfenis_desktop.services.settings import Settings
from erfenis_desktop.services.vault import VaultService
from erfenis_desktop.ui.common import theme
from erfenis_desktop.ui.common.dialogs import Dialogs
from erfenis_desktop.ui.window.main_window import MainWindow

EXIT_REFUSED = 1


def forget_sources() -> None:
    """Drop the source text of every module imported so far from Python's line cache. PySide 6
    reads each module imported after it (to see whether it uses PySide's opt-in features) and
    Python keeps what was read: some 3 MiB of Erfenis's and the standard library's source in
    memory for nothing. A traceback reads the lines again when it needs them."""
    import linecache

    linecache.clearcache()


class Erfenis(QObject):
    """One running application: its data folder, language, database and window."""

    def __init__(self, app: QApplication, options: Options, dialogs: Dialogs | None = None,
                 environ: dict[str, str] | None = None, kdf=None):
        super().__init__(app)
        self.app = app
        self.options = options
        self.dialogs = dialogs or Dialogs()
        self.environ = environ
        self.translations = Translations(app)
        self.data_dir: Path | None = None
        self.lock: InstanceLock | None = None
        self.db: store.Database | None = None
        self.content: ContentBundle | None = None
        self.prefs: Preferences | None = None
        self.window: QMainWindow | None = None
        self.kdf = kdf  # None: the calibrated production KDF; tests inject a fast one
        self.session: Session | None = None
        self.idle: IdleWatcher | None = None
        self.desktop_lock = None  # DesktopLockWatcher, from the first turn of the event loop
        self.demo_dir: Path | None = None  # --demo: a temporary folder, removed on the way out
        # Workshop mode (ui/workshop/, services/workshop.py): a folder of its own; personal_dir is
        # where "Leave the workshop" goes back to.
        self.workshop_mode = bool(options.workshop) and not options.demo
        self.personal_dir: Path | None = None
        self._prune = None  # QTimer: kept copies older than their limit go, also in a long run
        self.backups = None  # services.backups.BackupService: the daily backups of the open folder
        self._signals = None  # (socket, notifier) once quit_on_signals() ran
        self.channel = None  # InstanceChannel: a second Erfenis on this folder asks us to come forward
        # What waits until the window is on screen (ui/common/first_paint.py): run by _show.
        self._after_paint: list[Callable[[], None]] = []
        app.aboutToQuit.connect(self.shutdown)
        # The desktop is logging out: every draft is kept (see commit_data).
        app.commitDataRequest.connect(self.commit_data)

    # Start-up -------------------------------------------------------------------
    def start(self) -> int | None:
        """Show the first window; return an exit code instead when Erfenis cannot start."""
        forget_sources()
        if self.options.demo:
            import tempfile

            self.demo_dir = Path(tempfile.mkdtemp(prefix="erfenis-demo-"))
            self.data_dir = self.demo_dir / "data"  # never the real data folder
        elif self.workshop_mode:
            from erfenis_desktop.services.workshop import workshop_dir

            self.personal_dir = locations.resolve_data_dir(None, self.environ)
            self.data_dir = (Path(self.options.data_dir).expanduser().resolve() if self.options.data_dir
                             else workshop_dir(self.personal_dir))
        else:
            self.data_dir = locations.resolve_data_dir(self.options.data_dir, self.environ)
        settings = Settings(self.data_dir)
        lang = choose_language(self.options.lang, settings.get("ui/language"), system_ui_languages())
        try:
            self.translations.switch(lang)
        except TranslationMissing as exc:
            print(f"Erfenis is incompletely installed: {exc} is missing.", file=sys.stderr)
            return EXIT_REFUSED
        theme.apply(self.app, settings.get("ui/text_scale"), settings.get("ui/color_scheme"))
        from erfenis_desktop.ui.home.icons import app_icon

        self.app.setWindowIcon(app_icon())  # resources/icons/erfenis.svg: every window, the taskbar
        try:
            locations.ensure_private_dir(self.data_dir)
        except OSError as exc:
            from erfenis_desktop.ui.common.widgets import fill  # in one pass: a folder named "%2" stays as typed

            cannot = QCoreApplication.translate("Erfenis", "Erfenis cannot create its data folder %1 (%2).")
            self.dialogs.warn(None, QCoreApplication.translate("Erfenis", "Erfenis cannot start"),
                              fill(cannot, str(self.data_dir), exc.strerror or str(exc)))
            return EXIT_REFUSED
        try:
            self.content = load_content(cache_dir=default_cache_dir())  # checked once per set of files
        except ContentError as exc:
            from erfenis_desktop.ui.common.content_problems import problem_texts  # each in the user's language

            self.dialogs.warn(None, QCoreApplication.translate("Erfenis", "Erfenis cannot start"),
                              QCoreApplication.translate("Erfenis", "Some texts of Erfenis are missing or incomplete, so it cannot start. "
                                  "If you edited the content files, check these points:") + "\n\n"
                              + "\n".join(problem_texts(exc.problems[:20])))
            return EXIT_REFUSED
        return self._enter(self.data_dir, settings)

    def _enter(self, data_dir: Path, settings: Settings) -> int | None:
        lock = InstanceLock(data_dir)
        try:
            lock.acquire()
        except AlreadyRunning:
            from erfenis_desktop.services.instance import ask_to_raise

            if ask_to_raise(data_dir, self.environ):  # the open one comes to the front: nothing to ask
                print(QCoreApplication.translate("Erfenis", "Erfenis is already open with this data folder. Its "
                                                 "window has been brought to the front."), file=sys.stderr)
                return EXIT_REFUSED
            self.dialogs.inform(None, QCoreApplication.translate("Erfenis", "Erfenis is already open"),
                                QCoreApplication.translate("Erfenis", "Erfenis is already open with this data folder:\n%1\n\n"
                                    "Switch to that window; only one Erfenis at a time can use a data folder.")
                                .replace("%1", str(data_dir)))
            return EXIT_REFUSED
        except LockUnavailable:
            self.dialogs.warn(None, QCoreApplication.translate("Erfenis", "Erfenis cannot start"),
                              QCoreApplication.translate("Erfenis", "Erfenis cannot write in its data folder:\n%1\n\n"
                                                         "Check that the folder is yours and the disk is not read-only.")
                              .replace("%1", str(data_dir)))
            return EXIT_REFUSED
        self.lock, self.data_dir = lock, data_dir
        self._after_paint.append(self._listen)  # right after the first paint, like the desktop's lock
        from erfenis_desktop.services.instance import LOCK_FILENAME
        from erfenis_desktop.services.settings import private_file

        private_file(data_dir / LOCK_FILENAME)  # like every file Erfenis keeps (it names this computer)
        self.prefs = Preferences(settings, self.translations, self.content, data_dir, self)
        self.prefs.appearanceChanged.connect(self._apply_theme)
        self.app.styleHints().colorSchemeChanged.connect(self._apply_theme)
        try:
            self.db = store.open_store(data_dir)
            self._prune = QTimer(self)
            self._prune.setInterval(3600 * 1000)
            self._prune.timeout.connect(self.db.prune_copies)
            self._prune.start()
        except store.StoreError as exc:
            from erfenis_desktop.app_folders import error_window  # the problem screen

            self._show(error_window(self, exc.problem))
            return None
        except store.StorageFullError:
            self.dialogs.warn(None, QCoreApplication.translate("Erfenis", "Erfenis cannot start"),
                              QCoreApplication.translate("Erfenis", "The disk is full, so Erfenis cannot prepare its data file. "
                                  "Make some room and start Erfenis again; nothing has been lost."))
            return EXIT_REFUSED
        keyring_backend = None
        if self.demo_dir is not None:  # the demo leaves nothing in the system keyring
            from keyring.backends.fail import Keyring as NoKeyring

            from erfenis_desktop.vault.kdf import ProductionKdf

            keyring_backend = NoKeyring()
            if self.kdf is None:
                self.kdf = ProductionKdf.at_floor()  # the floor, not calibrated: the demo opens quickly
        self.session = Session(VaultService(self.db, kdf=self.kdf, keyring_backend=keyring_backend), self)
        # The daily backups: made (and the day's backup started, if due) right after the first
        # paint, or earlier if Settings asks for their list first.
        self.session.make_backups = self._make_backups
        self._after_paint.append(self._start_backups)
        if self.demo_dir is None and (self.workshop_mode or self.db.meta("mode") == "workshop"):
            from erfenis_desktop.app_folders import enter_workshop

            refused = enter_workshop(self, data_dir)
            if refused is not None:
                return refused
        if self.demo_dir is not None:
            from erfenis_desktop.services import demo

            self.session.demo_passwords = demo.populate(self.session.vault, self._exercises(),
                                                        self.translations.language)
        # Its timer runs from now; it watches input from the first paint on (a Python filter on
        # every event of the start-up would cost the first paint some 70 ms).
        self.idle = IdleWatcher(self.app, self.prefs.auto_lock_minutes, self, watch=False)
        self._after_paint.append(self.idle.watch)
        self.idle.idle.connect(self.session.lock)
        self.session.changed.connect(self.idle.restart)
        self.session.activity.connect(self.idle.restart)
        self.prefs.autoLockChanged.connect(self.idle.set_minutes)
        # Listening to the desktop (D-Bus) starts right after the first paint, not before it.
        self._after_paint.append(self._watch_desktop)
        window = MainWindow(self.prefs, self.dialogs, self.session, self._exercises)
        window.workshopRequested.connect(self.switch_workshop)  # File > Start a workshop… / Leave the workshop
        self._show(window)
        window.home.profiles.focus_first()
        return None

    def _make_backups(self):
        """The daily backups of the open folder (services/backups.py), made once."""
        if self.backups is None and self.db is not None:
            from erfenis_desktop.services.backups import BackupService

            self.backups = BackupService(self.db, reopen=self._reopen_restored, parent=self)
        return self.backups

    def _start_backups(self) -> None:
        backups = self.session.backups if self.session is not None else None  # Settings lists them
        if backups is not None:
            backups.start()

    def switch_workshop(self, start: bool) -> None:
        """"Start a workshop…" and "Leave the workshop" (app_folders.py)."""
        from erfenis_desktop.app_folders import switch_workshop

        switch_workshop(self, start)

    def _listen(self) -> None:
        """From now on a second Erfenis on this folder brings this window forward (app_desktop.py)."""
        from erfenis_desktop.app_desktop import listen

        listen(self)

    def raise_window(self) -> None:
        """Back from the taskbar, in front (app_desktop.py)."""
        from erfenis_desktop.app_desktop import raise_window

        raise_window(self)

    def _watch_desktop(self) -> None:
        """The desktop's screen lock locks the profiles (app_desktop.py)."""
        from erfenis_desktop.app_desktop import watch_desktop

        watch_desktop(self)

    def _desktop_locked(self) -> None:
        """The screen locks or the computer sleeps: lock whichever session is open now (after a
        switch of folders, such as into a workshop, that is not the first one)."""
        if self.session is not None:
            self.session.lock()

    def _exercises(self):
        """The exercises service, made when an exercise is first opened."""
        from erfenis_desktop.services.exercises import Exercises

        return Exercises(self.content)

    def _apply_theme(self, *_args) -> None:
        if self.prefs is not None:
            theme.apply(self.app, self.prefs.text_scale, self.prefs.color_scheme)

    def _show(self, window: QMainWindow) -> None:
        old, self.window = self.window, window
        window.show()
        waiting, self._after_paint = self._after_paint, []
        finish = getattr(window, "finish", None)  # the main window's parts the picker does not show
        if finish is not None:
            waiting.insert(0, finish)  # first: before anything else (the first key) is handled
        if waiting:
            from erfenis_desktop.ui.common.first_paint import after_first_paint

            def run_waiting() -> None:
                for work in waiting:
                    work()
                forget_sources()  # what the work after the first paint imported
                QTimer.singleShot(0, self, forget_sources)  # and what others did right after it

            after_first_paint(window, run_waiting)
        if old is not None:
            old.close()
            old.deleteLater()

    # The problem screen -----------------------------------------------------------
    def open_backup(self) -> None:
        """The problem screen: choose a backup to open (app_folders.py)."""
        from erfenis_desktop.app_folders import open_backup

        open_backup(self)

    def restore_from(self, chosen: Path) -> None:
        """The problem screen: open ``chosen`` in a new folder next to this one (app_folders.py)."""
        from erfenis_desktop.app_folders import restore_from

        restore_from(self, chosen)

    def _reopen_restored(self, swap) -> None:
        """Settings restored a backup: the folder opens again with it (app_folders.py)."""
        from erfenis_desktop.app_folders import reopen_restored

        reopen_restored(self, swap)

    def start_new_folder(self) -> None:
        from erfenis_desktop.app_folders import start_new_folder

        start_new_folder(self)

    # Shutdown -------------------------------------------------------------------------
    def commit_data(self, _manager=None) -> None:
        """The desktop asks to save before it logs out (QGuiApplication.commitDataRequest):
        lock, which keeps every draft the way a lock always does (pages save what is being
        written when the session says it is locking). After a log-out that was cancelled,
        the profile is locked: the safe side. A draft the disk refused is said on the picker."""
        if self.session is not None:
            self.session.lock()

    def quit_on_signals(self) -> None:
        """SIGTERM, SIGHUP and SIGINT (a shutdown, a kill, a closed terminal, Ctrl+C): keep every
        draft, lock and quit cleanly (:meth:`quit_saving`). Python runs signal handlers only
        when the interpreter gets control, which inside Qt's event loop may be never: the
        signal wakes the loop through a socket (``signal.set_wakeup_fd``) that a
        QSocketNotifier watches, and the work is done there, on the UI thread."""
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        if self._signals is not None:
            return
        ours, theirs = socket.socketpair()
        ours.setblocking(False)
        theirs.setblocking(False)
        signal.set_wakeup_fd(theirs.fileno(), warn_on_full_buffer=False)
        # SIGHUP does not exist on Windows.
        for signum in (s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None), signal.SIGINT) if s is not None):
            signal.signal(signum, lambda _n, _f: None)  # the notifier does the work
        notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._signalled)
        self._signals = (ours, theirs, notifier)

    def _signalled(self, *_args) -> None:
        try:
            received = self._signals[0].recv(64)
        except (BlockingIOError, InterruptedError):
            return
        if received:
            self.quit_saving()

    def quit_saving(self) -> None:
        """Keep what is being written (locking does), then close the window and quit."""
        if self.session is not None:
            self.session.lock()
        if self.window is not None:
            self.window.close()
        self.app.quit()

    def _release(self) -> None:
        if self.channel is not None:
            self.channel.close()
            self.channel.deleteLater()
            self.channel = None
        if self._prune is not None:
            self._prune.stop()
            self._prune = None
        if self.backups is not None:
            self.backups.stop()
            self.backups.deleteLater()
            self.backups = None
        if self.session is not None:
            self.session.lock()
            self.session = None
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def shutdown(self) -> None:
        from .ui.common.fields import badge

        badge.cache_clear()  # no picture outlives the application
        if self.demo_dir is not None and self.window is not None:
            self.window.close()  # it saves its size in the demo folder: before that folder goes
        self._release()
        if self.demo_dir is not None:
            import shutil

            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    if argv[1:] == [KEYRING_PROBE]:  # a child answering the picker's keyring question (cli.py)
        return keyring_probe()
    options = parse_args(argv[1:])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # No organisation name on purpose: Qt would put it in every path (~/.local/share/<org>/Erfenis,
    # %LOCALAPPDATA%\<org>\Erfenis); the domain matches the bundle identifier nl.erfenis.Erfenis (packaging/).
    QCoreApplication.setOrganizationDomain("erfenis.nl")
    if QApplication.instance() is None:
        from erfenis_desktop.display_check import check

        no_window = check(options.lang, options.qt_args)  # said in words, not as Qt's abort
        if no_window is not None:
            return no_window
    app = QApplication.instance() or QApplication([argv[0], *options.qt_args])
    app.setDesktopFileName("erfenis")
    if options.smoke:  # cli.py: never waits on a window that asks for a click
        from erfenis_desktop.cli import smoke_dialogs

        erfenis = Erfenis(app, options, dialogs=smoke_dialogs())
    else:
        erfenis = Erfenis(app, options)
    erfenis.quit_on_signals()
    code = erfenis.start()
    if code is not None:
        erfenis.shutdown()
        return code
    if options.smoke:  # cli.py: report once the picker is on screen, then quit
        from erfenis_desktop.cli import run_smoke

        QTimer.singleShot(0, lambda: run_smoke(erfenis))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
