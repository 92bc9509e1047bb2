"""The main window: a header with navigation, and one page at a time."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from .dialogs import Dialogs
from .fields import badge
from .home_page import HomePage
from .profile_flow import ProfileFlow
from .widgets import Retranslating


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's own keys for an action, plus a fallback: not every desktop defines them."""
    keys = [k for k in QKeySequence.keyBindings(standard) if not k.isEmpty()]
    extra = QKeySequence(fallback)
    return keys if extra in keys else keys + [extra]


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, prefs: Preferences, dialogs: Dialogs, session: Session, exercises, parent=None):
        """``exercises``: a function that makes the exercises service when it is first needed."""
        super().__init__(parent)
        self._prefs = prefs
        self._dialogs = dialogs
        self._session = session
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
        self.profile_chip = QLabel()
        self.profile_chip.setObjectName("profileChip")
        self.partner_chip = QLabel()  # the partner, while two people work together
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(session.lock)
        bar.addWidget(self.profile_chip)
        bar.addWidget(self.partner_chip)
        bar.addWidget(self.lock_button)
        bar.addSpacing(12)
        self.nav_home = QPushButton()
        self.nav_settings = QPushButton()
        self.nav_about = QPushButton()
        for button in (self.nav_home, self.nav_settings, self.nav_about):
            bar.addWidget(button)
        outer.addWidget(header)

        self.pages = QStackedWidget()
        self.home = HomePage(prefs, session)
        self.pages.addWidget(self.home)
        self.profiles = ProfileFlow(session, dialogs, self.pages, self.home, self.home.profiles, exercises, prefs, self)
        self._help_page = None
        self._before_help = self.home
        self.home.helpRequested.connect(self.show_help)  # the exercise screens connect when they are made
        self._settings = None  # built the first time it is shown
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        # The header shows where you are: Home (with the profile screens) or Settings.
        for button in (self.nav_home, self.nav_settings):
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.nav_home.setChecked(True)
        self.pages.currentChanged.connect(self._sync_nav)
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

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.act_home = QAction(self)
        self.act_home.setShortcut(QKeySequence("Alt+Home"))
        self.act_home.triggered.connect(self.show_home)
        self.act_settings = QAction(self)
        self.act_settings.setShortcuts(_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        self.act_settings.triggered.connect(self.show_settings)
        self.act_lock = QAction(self)
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self._session.lock)
        self.addAction(self.act_lock)
        self.act_quit = QAction(self)
        self.act_quit.setShortcuts(_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.act_quit.triggered.connect(self.close)
        for act in (self.act_home, self.act_settings, self.act_lock):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.help_menu = self.menuBar().addMenu("")
        self.act_help = QAction(self)
        self.act_help.triggered.connect(self.show_help)
        self.help_menu.addAction(self.act_help)
        self.act_about = QAction(self)
        self.act_about.setShortcuts(_keys(QKeySequence.StandardKey.HelpContents, "F1"))
        self.act_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.act_about)

    def _session_changed(self) -> None:
        unlocked = self._session.is_unlocked
        self.lock_button.setVisible(unlocked)
        self.profile_chip.setVisible(unlocked)
        self.act_lock.setEnabled(unlocked)
        if unlocked:
            profile = self._session.current.profile
            size = round(self.fontMetrics().height() * 1.6)
            self.profile_chip.setPixmap(badge(profile.colour, profile.initial, size).pixmap(size, size))
            self.profile_chip.setToolTip(profile.name)
            self.profile_chip.setAccessibleName(self.tr("Unlocked profile: %1").replace("%1", profile.name))
        together = self._session.together
        self.partner_chip.setVisible(together)
        if together:
            partner = self._session.partner.profile
            size = round(self.fontMetrics().height() * 1.6)
            self.partner_chip.setPixmap(badge(partner.colour, partner.initial, size).pixmap(size, size))
            self.partner_chip.setToolTip(partner.name)
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
        self.pages.setCurrentWidget(self.home)
        self.home.profiles.focus_first()

    @property
    def settings(self):
        """The settings page (made on first use, which keeps start-up quick)."""
        if self._settings is None:
            from .settings_page import SettingsPage

            self._settings = SettingsPage(self._prefs, self._session)
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

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Cancel) and self.pages.currentWidget() is not self.home:
            self.show_home()
            return
        super().keyPressEvent(event)

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
        self.file_menu.setTitle(self.tr("&Erfenis"))
        self.help_menu.setTitle(self.tr("He&lp"))
        self.act_home.setText(self.tr("&Home"))
        self.act_settings.setText(self.tr("&Settings…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About Erfenis"))
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.act_lock.setText(self.tr("&Lock profile"))
        self.lock_button.setText(self.tr("Loc&k"))
        self._session_changed()

    def closeEvent(self, event):
        self._session.lock()
        self._prefs.save_window_geometry(self.saveGeometry())
        super().closeEvent(event)
