"""Workshop mode in the main window: the band in the header and the title, the workshop's own
screens (the first screen, joining, the hand-over, the facilitator's page), and which page is
home. Made by MainWindow when the session is a workshop's (``session.workshop``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..common.widgets import fill


def confirm_switch(window, dialogs, start: bool) -> bool:
    """Ask before switching folders (File > Start a workshop… / Leave the workshop). The texts
    belong to the main window's menu (translation context MainWindow)."""
    if start:
        return dialogs.ask(
            window, QCoreApplication.translate("MainWindow", "Start a workshop?"), QCoreApplication.translate(
            "MainWindow",
            "Every profile locks first. Erfenis then opens a workshop folder of its own on this computer, apart "
            "from your own profiles: nothing of yours is in it, and nothing of the workshop mixes with yours. "
            "‘Leave the workshop’ in this menu brings you back."),
            [("start", QCoreApplication.translate("MainWindow", "&Start the workshop")),
             ("cancel", QCoreApplication.translate("MainWindow", "Cancel"))],
            "start") == "start"
    mode = window.workshop
    if mode is not None and not mode.may_leave():
        dialogs.inform(
            window, QCoreApplication.translate("MainWindow", "Leave the workshop"), QCoreApplication.translate(
            "MainWindow",
            "Only the facilitator can leave the workshop: it opens this computer’s own Erfenis. Ask the "
            "facilitator to unlock their profile first."))
        return False
    return dialogs.ask(
        window, QCoreApplication.translate("MainWindow", "Leave the workshop?"), QCoreApplication.translate(
        "MainWindow",
        "Every profile locks first, and Erfenis goes back to your own data folder. The workshop folder stays as "
        "it is, participants included, until the facilitator wipes them."),
        [("leave", QCoreApplication.translate("MainWindow", "&Leave the workshop")),
         ("cancel", QCoreApplication.translate("MainWindow", "Cancel"))],
        "leave") == "leave"


@dataclass
class WorkshopServices:
    """What a workshop page may need (ProgrammePage(services) gets this)."""

    session: object
    workshop: object
    prefs: object
    dialogs: object
    exercises: object  # a function that makes the exercises service
    window: object


class WorkshopMode(QObject):
    def __init__(self, window, workshop, prefs, dialogs, exercises, header: QWidget):
        super().__init__(window)
        self.window, self.workshop, self.prefs, self.dialogs = window, workshop, prefs, dialogs
        self.session = window._session
        self.services = WorkshopServices(self.session, workshop, prefs, dialogs, exercises, window)
        self._pages: dict[str, QWidget] = {}
        self._before_lock: tuple[str, ...] = ()  # participants unlocked just before a lock
        self._locking_now = False  # between the session's locking and changed: home is the picker
        self._closing = False  # the window is closing: its lock hands nothing over
        window.installEventFilter(self)
        # The band: always there, in the header, while this folder is a workshop.
        self.band = QLabel()
        self.band.setObjectName("workshopBand")
        self.band.setTextFormat(Qt.TextFormat.PlainText)  # the workshop's name is typed by someone
        self.band.setWordWrap(True)  # a long workshop name wraps: the window never has to grow for it
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.band.setStyleSheet("QLabel#workshopBand { background: palette(highlight); color: palette(highlighted-text);"
                                " padding: 4px 16px; font-weight: 600; }")
        # A band across the window, right under the header: seen on every page.
        outer = header.parentWidget().layout()
        outer.insertWidget(outer.indexOf(header) + 1, self.band)
        window.profiles.workshop_home = self.home
        self.session.locking.connect(self._locking)
        self.session.changed.connect(self._changed)
        if workshop.needs_setup:
            self.show_page("setup")

    # Pages -------------------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        if name not in self._pages:
            from . import facilitator_page, forms, handover

            made = {"setup": lambda: forms.SetupPage(self.session, self.workshop, self.prefs),
                    "join": lambda: forms.JoinPage(self.session, self.workshop, self.prefs),
                    "handover": lambda: handover.HandoverPage(self.session, self.workshop, self.prefs),
                    "facilitator": lambda: facilitator_page.FacilitatorPage(self.services)}[name]()
            self._pages[name] = made
            self.window.pages.addWidget(made)
            if name == "setup":
                made.created.connect(self._facilitator_made)
            elif name == "join":
                made.joined.connect(self._joined)
                made.cancelled.connect(self.window.profiles.go_home)
            elif name == "handover":
                made.unlockRequested.connect(self._handed_to)
                made.joinRequested.connect(lambda: self._handed_to(""))
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        if hasattr(page, "open"):
            page.open()
        self.window.pages.setCurrentWidget(page)
        target = getattr(page, "focus_target", None)
        widget = target() if callable(target) else None
        if widget is not None:
            widget.setFocus()
        return page

    def home(self) -> QWidget | None:
        """The page that is home now: the first screen of a new workshop, the facilitator's page
        for the facilitator; None for the usual home (the picker, a participant's home)."""
        if self._locking_now or not self._open():
            return None
        if self.workshop.needs_setup:
            return self.show_page("setup")
        if self.session.is_unlocked and self.workshop.is_facilitator(self.session.current.profile.uuid):
            page = self.page("facilitator")
            page.open()
            return page
        return None

    def _open(self) -> bool:
        """False once the app has let go of this folder (its window is on the way out)."""
        return self.workshop.is_open

    def may_leave(self) -> bool:
        """Leaving opens the laptop owner's own folder (its names show on the picker): only the
        facilitator may, or anyone while the workshop has no facilitator yet."""
        if not self._open() or self.workshop.needs_setup:
            return True
        return self.session.is_unlocked and self.workshop.is_facilitator(self.session.current.profile.uuid)

    def show_join(self) -> None:
        self.show_page("join")

    # Making profiles ---------------------------------------------------------------------------
    def _facilitator_made(self, unlocked, code: str) -> None:
        self.workshop_changed()
        self.window.profiles._with_new_code(unlocked, code)  # the facilitator keeps a code, like anyone

    def _joined(self, unlocked, code: str | None) -> None:
        self.workshop.turn = (unlocked.profile.uuid,)
        if code is None:  # skipped for today: nothing to show, straight in
            self.window.profiles._tell_notices(unlocked)
            self.session.enter(unlocked)
            self.window.profiles.go_home()
        else:
            self.window.profiles._with_new_code(unlocked, code)

    # Locking and handing over --------------------------------------------------------------------
    def _locking(self) -> None:
        """Before the keys go: which participants were at the laptop (for the hand-over)."""
        self._locking_now = True
        people = [u for u in (self.session.current, self.session.partner) if u is not None and not u.is_locked]
        if not self._open():
            return
        self._before_lock = tuple(u.profile.uuid for u in people if self.workshop.is_participant(u.profile.uuid))

    def _changed(self) -> None:
        self._locking_now = False
        if self.session.is_unlocked:
            for u in (self.session.current, self.session.partner):
                if u is not None and not u.is_locked:
                    self.workshop.adopt(u.profile.uuid)  # a partner who made their profile at Together
            return
        previous, self._before_lock = self._before_lock, ()
        facilitator = self._pages.get("facilitator")
        if facilitator is not None and self.window.pages.currentWidget() is facilitator:
            self.window.profiles.go_home()  # the facilitator locked (home was theirs while locking)
        if not previous or self.window.is_hidden or self._closing or not self._open():
            return
        # A participant locked: a neutral screen to hand the laptop over, with nothing of them on
        # it, nor anywhere else in the window (the picker leaves them out until the next one goes).
        self.workshop.hidden = frozenset(previous)
        self.workshop.turn = ()
        made = self.window.profiles.__dict__.get("_made", {})
        for name in ("unlock_page", "recover_page"):  # "Unlock <name>" stays on them otherwise
            page = made.get(name)
            if page is not None and getattr(page, "profile_uuid", "") in previous:
                page.profile_uuid = ""
                page.retranslate()
        if made.get("create_page") is not None and getattr(made["create_page"], "_next_to", ""):
            made["create_page"]._next_to = ""  # "Your own profile, next to <name>"
            made["create_page"].retranslate()
        self.window.home.profiles.refresh()
        self.show_page("handover")

    def eventFilter(self, obj, event) -> bool:
        """Closing the window locks (MainWindow.closeEvent): no hand-over screen is made for a window
        on its way out. Should the close be refused (a text that could not be saved), the next
        turn of the event loop is a normal one again."""
        from PySide6.QtCore import QEvent, QTimer

        if obj is self.window and event.type() == QEvent.Type.Close:
            self._closing = True
            QTimer.singleShot(0, self._not_closing)
        return False

    def _not_closing(self) -> None:
        self._closing = False

    def _handed_to(self, profile_uuid: str) -> None:
        self.workshop.hidden = frozenset()
        self.window.home.profiles.refresh()
        if profile_uuid:
            self.window.profiles.show_unlock(profile_uuid)
        else:
            self.show_join()

    def workshop_changed(self) -> None:
        """The workshop's name or people changed: the band, the picker."""
        self.retranslate()
        if not self.session.is_unlocked:
            self.window.home.profiles.refresh()

    # Texts -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        name, _day = self.workshop.info()
        self.band.setText(fill(self.tr("Workshop mode: %1"), name) if name else self.tr("Workshop mode"))
        self.band.setAccessibleName(self.band.text())
        self.window.setWindowTitle(self.tr("Erfenis (workshop mode)"))
