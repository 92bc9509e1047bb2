"""The main window: a header with navigation, and one page at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.dialogs import Dialogs
from ..common.widgets import Retranslating, tooltip
from ..home.home_page import HomePage
from ..profile.profile_flow import ProfileFlow


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's own keys for an action, plus a fallback: not every desktop defines them."""
    keys = [k for k in QKeySequence.keyBindings(standard) if not k.isEmpty()]
    extra = QKeySequence(fallback)
    return keys if extra in keys else keys + [extra]


def _fit_menu(menu) -> None:
    """Room for every item at any text size: at large sizes Fusion draws a menu's check column
    wider than it measures it, and cuts the longest item short ("About…fenis")."""
    menu.setMinimumWidth(0)
    menu.setMinimumWidth(menu.sizeHint().width() + menu.fontMetrics().height())


#: Quick hide: F12, one key at the edge of the keyboard that no text field uses; and Ctrl+Shift+H
#: for keyboards where F12 is a media key or is taken by a drop-down terminal.
HIDE_KEYS = [QKeySequence(Qt.Key.Key_F12), QKeySequence("Ctrl+Shift+H")]

#: What :meth:`MainWindow.finish` makes, right after the first paint: the menus' contents, the
#: transfer items and the keeper of focus. Asking for one of them earlier finishes the window first.
_DEFERRED = frozenset({"file_menu", "help_menu", "act_workshop", "act_about", "transfer", "page_focus"})


class MainWindow(Retranslating, QMainWindow):
    #: File > "Start a workshop…" (True) or "Leave the workshop" (False): the app switches folders.
    workshopRequested = Signal(bool)

    def __init__(self, prefs: Preferences, dialogs: Dialogs, session: Session, exercises, parent=None):
        """``exercises``: a function that makes the exercises service when it is first needed."""
        super().__init__(parent)
        self._prefs = prefs
        self._dialogs = dialogs
        self._session = session
        # First of all that happens at a lock, while the screens still show what they showed.
        session.locking.connect(self._forget_clipboard)
        self.setObjectName("mainWindow")

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QWidget()
        header.setObjectName("header")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(16, 8, 16, 8)
        self.app_name = QLabel("Erfenis")
        self.app_name.setObjectName("appname")
        bar.addWidget(self.app_name)
        bar.addStretch(1)
        from ..home.chip import ProfileChip

        self.profile_chip = ProfileChip()  # a button: it opens "Your profile" (ui/home/profile_page.py)
        self.profile_chip.setObjectName("profileChip")
        self.partner_chip = QLabel()  # the partner, while two people work together
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock)
        bar.addWidget(self.profile_chip)
        bar.addWidget(self.partner_chip)
        bar.addWidget(self.lock_button)
        bar.addSpacing(12)
        self.nav_home = QPushButton()
        self.nav_settings = QPushButton()
        self.nav_about = QPushButton()
        for button in (self.nav_home, self.nav_settings, self.nav_about):
            bar.addWidget(button)
        bar.addSpacing(12)
        self.hide_button = QPushButton()  # quick hide: no Alt letter, it has its own keys
        self.hide_button.setObjectName("hideButton")
        self.hide_button.clicked.connect(self.quick_hide)
        bar.addWidget(self.hide_button)
        outer.addWidget(header)

        self.pages = QStackedWidget()
        self.home = HomePage(prefs, session)
        self.pages.addWidget(self.home)
        self.profiles = ProfileFlow(session, dialogs, self.pages, self.home, self.home.profiles, exercises, prefs, self)
        self.profile_chip.clicked.connect(lambda: self._may_leave() and self.profiles.show_profile())
        self._help_page = None
        self._before_help = self.home
        self.home.helpRequested.connect(self.show_help)  # the exercise screens connect when they are made
        self._settings = None  # built the first time it is shown
        outer.addWidget(self.pages, 1)
        # Workshop mode (ui/workshop/): the band in the header, its screens and its home pages.
        self.workshop = None
        if getattr(session, "workshop", None) is not None:
            from ..workshop.mode import WorkshopMode

            self.workshop = WorkshopMode(self, session.workshop, prefs, dialogs, exercises, header)
        # The app's screens, and after a quick hide the neutral one on top of them: nothing
        # that changes a page (a lock, a key) can bring an Erfenis screen back from there.
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.neutral = None  # the neutral screen, made at the first quick hide
        self.setCentralWidget(self.screens)

        # The header shows where you are: Home (with the profile screens) or Settings.
        for button in (self.nav_home, self.nav_settings):
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.nav_home.setChecked(True)
        self.pages.currentChanged.connect(self._sync_nav)
        # After every page change, lock and unlock: focus (what a screen reader says) on the page's
        # first meaningful control, never on something gone or on the header's lock button
        # (self.page_focus, made by finish()).
        session.changed.connect(lambda: self.page_focus.rebuilt(self.home))
        self.nav_home.clicked.connect(self.show_home)
        self.nav_settings.clicked.connect(self.show_settings)
        self.nav_about.clicked.connect(self.show_about)
        self.home.aboutRequested.connect(self.show_about)

        self._build_menus()
        session.changed.connect(self._session_changed)
        self.about_dialog = None  # built the first time it is shown
        self.retranslate()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 38)
        geometry = prefs.window_geometry()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        from ..common.first_paint import after_first_paint

        after_first_paint(self, self.finish)

    def __getattr__(self, name: str):
        """A part made after the first paint, asked for before it: the window is finished first,
        so nobody meets it half-built."""
        if name in _DEFERRED and not self.__dict__.get("_finished", True):
            self.finish()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def finish(self) -> None:
        """Make what the picker does not show: the menus' items, the transfer items, the keeper
        of focus. Runs right after the first paint, and before that whenever one of them is needed
        (a menu about to open, an attribute asked for). Once; every key works before it."""
        if self._finished:
            return
        self._finished = True
        from ..common.announce import PageFocus

        self.page_focus = PageFocus(self.pages, self, always_first=(self.home,))
        self.file_menu, self.help_menu = self._menus
        for act in (self.act_home, self.act_settings, self.act_lock):
            self.file_menu.addAction(act)
        self.act_workshop = QAction(self)  # "Start a workshop…" / "Leave the workshop"
        self.act_workshop.triggered.connect(self._workshop_chosen)
        self.file_menu.addAction(self.act_workshop)
        self.file_menu.addAction(self.act_hide)
        from ..transfer import TransferMenu  # "Take my work home…" (while unlocked), "Import from a file…"

        self.transfer = TransferMenu(self, self._session, self._dialogs, self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.help_menu.addAction(self.act_help)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.act_about)
        self._retranslate_finished()

    def _build_menus(self) -> None:
        """The menu bar and every key, before the first paint; the menus' items come with finish()."""
        self._finished = False
        self._menus = (self.menuBar().addMenu(""), self.menuBar().addMenu(""))
        for menu in self._menus:  # opened (by a click or its Alt letter) before finish(): whole at once
            menu.aboutToShow.connect(lambda menu=menu: (self.finish(), _fit_menu(menu)))
        self.act_home = QAction(self)
        self.act_home.setShortcut(QKeySequence("Alt+Home"))
        self.act_home.triggered.connect(self.show_home)
        self.addAction(self.act_home)  # its key works before the menu holds it
        self.act_settings = QAction(self)
        self.act_settings.setShortcuts(_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        self.act_settings.triggered.connect(self.show_settings)
        self.addAction(self.act_settings)
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock)
        self.addAction(self.act_lock)
        self.act_quit = QAction(self)
        self.act_quit.setShortcuts(_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        self.addAction(self.act_quit)
        # Quick hide works everywhere: in every page, in a text field, and (see Dialogs.shortcuts)
        # in every dialog of ours.
        self.act_hide = QAction(self)
        self.act_hide.setShortcuts(HIDE_KEYS)
        self.act_hide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_hide.triggered.connect(self.quick_hide)
        self.addAction(self.act_hide)
        self._dialogs.shortcuts.append(self.act_hide)
        self.act_help = QAction(self)
        self.act_help.setShortcuts(_keys(QKeySequence.StandardKey.HelpContents, "F1"))  # F1: "Need help?"
        self.act_help.triggered.connect(self.show_help)
        self.addAction(self.act_help)

    @staticmethod
    def _forget_clipboard() -> None:
        """Locking (and quick hide) takes text copied from Erfenis off the clipboard again, and
        off the X11 selection: what was copied from a profile must not outlive its lock. Copied
        from Erfenis means: Erfenis owns the clipboard, or (where the platform cannot say) the
        text on it is part of what Erfenis shows right now, just before the screens clear.
        What another program put there is left alone."""
        from PySide6.QtGui import QClipboard, QGuiApplication
        from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

        clipboard = QGuiApplication.clipboard()
        shown = None
        for mode, owned in ((QClipboard.Mode.Clipboard, clipboard.ownsClipboard()),
                            (QClipboard.Mode.Selection, clipboard.ownsSelection())):
            if mode == QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            text = clipboard.text(mode).strip()
            if not text:
                continue
            if not owned:
                if shown is None:
                    shown = []
                    for window in QApplication.topLevelWidgets():
                        for w in [window, *window.findChildren(QWidget)]:
                            if isinstance(w, (QPlainTextEdit, QTextEdit)):
                                shown.append(w.toPlainText())
                            elif isinstance(w, QLineEdit) and w.echoMode() == QLineEdit.EchoMode.Normal:
                                shown.append(w.text())
                            elif isinstance(w, QLabel):
                                shown.append(w.text())
                owned = any(text in t for t in shown)
            if owned:
                clipboard.clear(mode)

    def _workshop_chosen(self) -> None:
        from ..workshop.mode import confirm_switch

        start = self.workshop is None
        if confirm_switch(self, self._dialogs, start):
            self.workshopRequested.emit(start)

    def _session_changed(self) -> None:
        unlocked = self._session.is_unlocked
        if not unlocked:  # nothing of the last person stays in the header, not even for a screen reader
            for chip in (self.profile_chip, self.partner_chip):
                chip.setToolTip("")
            self.profile_chip.setAccessibleName(self.tr("Your profile"))
            self.partner_chip.setAccessibleName("")
        self.lock_button.setVisible(unlocked)
        self.profile_chip.setVisible(unlocked)
        self.act_lock.setEnabled(unlocked)
        if unlocked:
            profile = self._session.current.profile
            size = round(self.fontMetrics().height() * 1.6)
            from ..common.fields import badge

            self.profile_chip.setPixmap(badge(profile.colour, profile.initial, size).pixmap(size, size))
            self.profile_chip.setToolTip(tooltip(profile.name))  # shown as typed, never as markup
            self.profile_chip.setAccessibleName(self.tr("Unlocked profile: %1").replace("%1", profile.name))
        together = self._session.together
        self.partner_chip.setVisible(together)
        if together:
            partner = self._session.partner.profile
            size = round(self.fontMetrics().height() * 1.6)
            from ..common.fields import badge

            self.partner_chip.setPixmap(badge(partner.colour, partner.initial, size).pixmap(size, size))
            self.partner_chip.setToolTip(tooltip(partner.name))
            self.partner_chip.setAccessibleName(self.tr("Also unlocked: %1").replace("%1", partner.name))
            self.lock_button.setAccessibleName(self.tr("Lock both profiles"))
        else:
            self.lock_button.setAccessibleName(self.tr("Lock your profile"))

    # Navigation ---------------------------------------------------------------
    def _sync_nav(self, *_args) -> None:
        current = self.pages.currentWidget()
        (self.nav_settings if current is not None and current is self._settings else self.nav_home).setChecked(True)

    def _may_leave(self) -> bool:
        if self.profiles.can_leave():
            return True
        self._dialogs.inform(self, self.tr("First keep your recovery code"),
                             self.tr("The recovery code is shown only once. Copy, print or save it, then type "
                                     "the two groups back; after that you can go on."))
        return False

    def show_home(self) -> None:
        if not self._may_leave():
            self._sync_nav()
            return
        workshop_home = self.workshop.home() if self.workshop is not None else None
        if workshop_home is not None:  # the facilitator's page, a workshop's first screen
            self.pages.setCurrentWidget(workshop_home)
            return
        self.pages.setCurrentWidget(self.home)
        self.home.profiles.focus_first()

    @property
    def settings(self):
        """The settings page (made on first use, which keeps start-up quick)."""
        if self._settings is None:
            from ..settings.settings_page import SettingsPage

            self._settings = SettingsPage(self._prefs, self._session, dialogs=self._dialogs)
            self._settings.backRequested.connect(self.show_home)
            self.pages.addWidget(self._settings)
        return self._settings

    def show_settings(self) -> None:
        if not self._may_leave():
            self._sync_nav()
            return
        self.pages.setCurrentWidget(self.settings)
        self.settings.language.setFocus()

    @property
    def help_page(self):
        """The "Need help?" page (made on first use)."""
        if self._help_page is None:
            from .help_page import HelpPage

            self._help_page = HelpPage(self._prefs)
            self.pages.addWidget(self._help_page)
            self._help_page.backRequested.connect(lambda: self.pages.setCurrentWidget(self._before_help))
        return self._help_page

    def show_help(self) -> None:
        """Need help? From anywhere, also in the middle of an exercise (which stays as it was)."""
        if self.pages.currentWidget() is not self.help_page:
            self._before_help = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.help_page)
        self.help_page.back.setFocus()

    def show_about(self) -> None:
        if self.about_dialog is None:
            from .about_dialog import AboutDialog

            self.about_dialog = AboutDialog(self._prefs, self)
        self._dialogs.show(self.about_dialog)

    # Quick hide ----------------------------------------------------------------------
    @property
    def is_hidden(self) -> bool:
        """The neutral screen is shown (after a quick hide)."""
        return self.neutral is not None and self.screens.currentWidget() is self.neutral

    def quick_hide(self) -> None:
        """Lock every open profile at once and show a neutral screen: first the screen, so
        whatever happens next, nothing of Erfenis stays in view."""
        from PySide6.QtWidgets import QApplication, QDialog, QToolTip

        from ..common import theme
        from .neutral_screen import NeutralScreen

        if self.neutral is None:
            self.neutral = NeutralScreen()
            self.neutral.resumeRequested.connect(self.resume)
            self.screens.addWidget(self.neutral)
        self.neutral.set_dark(theme.is_dark(self._prefs.color_scheme))
        self.screens.setCurrentWidget(self.neutral)
        self.menuBar().hide()
        for act in self._behind_the_clock():  # stray keys do nothing there (no page changes, no quit)
            act.setEnabled(False)
        self.setWindowTitle(self.neutral.title())
        self.neutral.setFocus()
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:  # an open menu or list
            popup.close()
        for window in QApplication.topLevelWidgets():  # About, a profile's window, a message box
            if window is not self and isinstance(window, QDialog) and window.isVisible():
                window.reject()
        from PySide6.QtCore import QObject

        for presenter in self.findChildren(QObject, "workshop-presenter"):  # the room's screen too
            presenter.close()
        self._session.lock()  # both profiles, when two are open; every screen clears itself

    def _behind_the_clock(self) -> tuple:
        """The window's keys that would change the pages behind the neutral screen (or quit)."""
        return self.act_home, self.act_settings, self.act_help, self.act_quit

    def resume(self) -> None:
        """From the neutral screen back to the profile picker (every profile is locked)."""
        self.screens.setCurrentIndex(0)
        self.menuBar().show()
        for act in self._behind_the_clock():
            act.setEnabled(True)
        self.retranslate()
        self.pages.setCurrentWidget(self.home)
        self.home.profiles.focus_first()

    def changeEvent(self, event):
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange:
            self._session_changed()  # the badges in the header are drawn to the text size
        super().changeEvent(event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Cancel) and self.pages.currentWidget() is not self.home:
            self.show_home()
            return
        if self._press_focused_button(event):
            return
        super().keyPressEvent(event)

    def _press_focused_button(self, event) -> bool:
        """Enter presses the button that has focus, as in a dialog (a button in a window only
        answers Space by itself). Reached only when nothing on the way took the key."""
        from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton

        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or \
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QAbstractButton) or isinstance(button, (QCheckBox, QRadioButton)) or \
                button.window() is not self or not button.isEnabled() or not button.isVisible():
            return False
        button.click()
        return True

    # Texts --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erfenis"))
        self.app_name.setText(self.tr("Erfenis"))
        self.nav_home.setText(self.tr("&Home"))
        self.nav_home.setAccessibleName(self.tr("Home"))
        self.nav_settings.setText(self.tr("&Settings"))
        self.nav_settings.setAccessibleName(self.tr("Settings"))
        self.act_help.setText(self.tr("&Need help?"))
        self.nav_about.setText(self.tr("Abou&t"))
        self.nav_about.setAccessibleName(self.tr("About Erfenis"))
        self._menus[0].setTitle(self.tr("&Erfenis"))
        self._menus[1].setTitle(self.tr("He&lp"))
        self.act_home.setText(self.tr("&Home"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.act_lock.setText(self.tr("&Lock profile"))
        self.lock_button.setText(self.tr("Loc&k"))
        keys = HIDE_KEYS[0].toString(QKeySequence.SequenceFormat.NativeText)
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide everything at once"))
        self.hide_button.setToolTip(self.tr("Hide everything at once (%1): every profile locks and a plain "
                                            "clock fills the window.").replace("%1", keys))
        self.act_hide.setText(self.tr("H&ide everything at once"))
        if self._finished:
            self._retranslate_finished()
        if self.workshop is not None:
            self.workshop.retranslate()  # "workshop mode" in the title and the header's band
        self._session_changed()

    def _retranslate_finished(self) -> None:
        self.act_about.setText(self.tr("&About Erfenis"))
        self.transfer.retranslate()
        self.act_workshop.setText(self.tr("Leave the &workshop") if self.workshop is not None
                                  else self.tr("Start a &workshop…"))
        self.act_workshop.setVisible(not self._session.demo_passwords)  # not from the demo's made-up couple

    def lock(self) -> None:
        """Lock by choice (the Lock button, Ctrl+L): what is being written is saved first."""
        self.profiles.lock_asking()

    def closeEvent(self, event):
        if not self.profiles.lock_asking():  # a text could not be saved, and the person stays
            event.ignore()
            return
        self._prefs.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)
