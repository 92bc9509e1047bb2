"""Workshop mode as people use it: a folder of its own, the facilitator's first screen and
page, quick joining, the picker with couples and whose turn, the hand-over that leaves no
trace, and the wipe from the facilitator's page."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from erfenis_desktop.app import Erfenis
from erfenis_desktop.cli import parse_args
from erfenis_desktop.services.couple import CoupleService
from erfenis_desktop.services.workshop import WorkshopService
from erfenis_desktop.vault.kdf import FastTestKdf
from tests.test_profile_screens import make_profile, unlock

FACILITATOR_PW = "de hele dag koffie"
PW = "zonnebloem 12"


def _texts(widget: QWidget) -> list[str]:
    parts = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(),
             widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        parts.append(widget.text())
    if isinstance(widget, QLineEdit):
        parts += [widget.text(), widget.placeholderText()]
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        parts.append(widget.toPlainText())
    return parts


def everything_in(window) -> str:
    """Every text any widget of the window (and every other open window) holds, visible or not."""
    from PySide6.QtWidgets import QApplication

    parts = []
    for top in {window, *QApplication.topLevelWidgets()}:
        for w in [top, *top.findChildren(QWidget)]:
            parts += _texts(w)
    return "\n".join(p for p in parts if p)


def holding(window, needle: str) -> list[str]:
    """Which widgets hold ``needle`` (for a message that says where it leaked)."""
    found = []
    for top in {window, *QApplication.topLevelWidgets()}:
        for w in [top, *top.findChildren(QWidget)]:
            if any(needle in t for t in _texts(w) if t):
                owner = w.parent()
                while owner is not None and not owner.objectName():
                    owner = owner.parent()
                found.append(f"{type(w).__name__}#{w.objectName()} in {owner.objectName() if owner else ''}: "
                             f"{[t for t in _texts(w) if t and needle in t]}")
    return found


def set_up(erfenis, qtbot, name="Femke"):
    """The first screen of a new workshop, filled in; the facilitator keeps the recovery code."""
    window, flow = erfenis.window, erfenis.window.profiles
    page = window.workshop.page("setup")
    assert window.pages.currentWidget() is page
    page.workshop_name.setText("Couples day <b>spring</b>")
    page.name.setText(name)
    page.password.edit.setText(FACILITATOR_PW)
    page.repeat.edit.setText(FACILITATOR_PW)
    page.go.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.code_page, timeout=5000)
    code = flow.code_page._code
    groups = code.split("-")
    for field, index in zip(flow.code_page.group_fields, flow.code_page._indices):
        field.setText(groups[index - 1].lower())
    flow.code_page.done_button.click()


def join(erfenis, qtbot, name, password=PW, skip=True):
    window = erfenis.window
    window.home.profiles.create_button.click()  # "Join the workshop…"
    page = window.workshop.page("join")
    assert window.pages.currentWidget() is page
    page.name.setText(name)
    page.password.edit.setText(password)
    page.repeat.edit.setText(password)
    page.skip.setChecked(skip)
    page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked or window.pages.currentWidget() is window.profiles.code_page,
                    timeout=5000)


def test_erfenis_workshop_opens_a_folder_apart_from_the_personal_one(qapp, qtbot, dialogs, tmp_path):
    personal = tmp_path / "Erfenis"
    erfenis = Erfenis(qapp, parse_args(["--workshop", "--lang", "en"]), dialogs,
                      environ={"ERFENIS_DATA_DIR": str(personal)}, kdf=FastTestKdf())
    try:
        assert erfenis.start() is None
        assert erfenis.data_dir == tmp_path / "Erfenis-workshop"
        assert not (personal / "erfenis.db").exists()
        with sqlite3.connect(erfenis.data_dir / "erfenis.db") as conn:
            assert conn.execute("SELECT value FROM meta WHERE key = 'mode'").fetchone() == ("workshop",)
        window = erfenis.window
        assert "workshop mode" in window.windowTitle()
        assert window.workshop.band.isVisible() and window.workshop.band.text() == "Workshop mode"
        assert window.pages.currentWidget().objectName() == "workshopSetupPage"
        assert window.act_workshop.text().replace("&", "") == "Leave the workshop"
    finally:
        from PySide6.QtCore import QCoreApplication, QEvent

        erfenis.window.close()
        erfenis.window.deleteLater()
        erfenis.shutdown()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        erfenis.translations.clear()
        qapp.aboutToQuit.disconnect(erfenis.shutdown)


def test_a_personal_folder_never_becomes_a_workshop(start_app, qtbot, dialogs, data_dir):
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    erfenis.window.close()
    erfenis.shutdown()
    start_app("--workshop", expect_exit=1)
    assert "personal profiles" in dialogs.texts()[-1]


def test_start_and_leave_a_workshop_from_the_menu(start_app, qtbot, dialogs, data_dir, request):
    erfenis = start_app()
    make_profile(erfenis, qtbot)  # the owner's own profile, unlocked
    old = erfenis.window
    assert old.act_workshop.text().replace("&", "") == "Start a workshop…"
    dialogs.answer("ask", "start")
    old.act_workshop.trigger()
    assert erfenis.data_dir == data_dir.with_name(data_dir.name + "-workshop")
    window = erfenis.window
    assert window is not old and not erfenis.session.is_unlocked
    assert "workshop mode" in window.windowTitle() and window.workshop is not None
    assert [p.name for p in erfenis.session.vault.profiles()] == []  # nothing of the owner in here
    set_up(erfenis, qtbot)
    assert window.pages.currentWidget().objectName() == "facilitatorPage"
    assert window.workshop.band.text() == "Workshop mode: Couples day <b>spring</b>"  # as typed
    # A participant cannot leave: that would open the owner's own folder, with its names.
    window.lock()
    window.act_workshop.trigger()
    assert erfenis.window is window and "Only the facilitator" in dialogs.texts()[-1]
    flow = window.profiles
    window.home.profiles.buttons[erfenis.session.workshop.facilitator().uuid].click()
    flow.unlock_page.password.edit.setText(FACILITATOR_PW)
    flow.unlock_page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)
    dialogs.answer("ask", "leave")
    window.act_workshop.trigger()
    assert erfenis.data_dir == data_dir
    assert erfenis.window.workshop is None and erfenis.window.windowTitle() == "Erfenis"
    assert [p.name for p in erfenis.session.vault.profiles()] == ["Sam"]
    # The personal folder is still the one Erfenis opens by itself: the workshop is not remembered.
    from erfenis_desktop.services import locations

    assert locations.remembered_data_dir() != erfenis.data_dir.with_name(data_dir.name + "-workshop")
    # The windows left behind by the switches are gone already: pytest-qt must not close them again.
    request.node.qt_widgets = [(w, f) for w, f in request.node.qt_widgets if w() is not old]


def test_joining_is_quick_and_the_recovery_code_may_wait(start_app, qtbot, dialogs):
    erfenis = start_app("--workshop")
    set_up(erfenis, qtbot)
    erfenis.window.lock()
    join(erfenis, qtbot, "Marieke")
    assert erfenis.session.is_unlocked and erfenis.session.current.profile.name == "Marieke"
    assert erfenis.window.pages.currentWidget() is erfenis.window.home  # a participant's home, no code shown
    workshop = erfenis.session.workshop
    uuid = erfenis.session.current.profile.uuid
    assert workshop.is_participant(uuid) and workshop.skips_code(uuid)
    # The warning says what skipping means, next to the choice.
    page = erfenis.window.workshop.page("join")
    assert "gone" in page.skip_warning.text() and page.skip.accessibleDescription()
    # Back at the laptop later: straight in, no new code.
    erfenis.window.lock()
    erfenis.window.workshop.page("handover").joinRequested.emit()
    erfenis.window.profiles.go_home()
    unlock(erfenis, qtbot, PW, "Marieke")
    assert erfenis.session.is_unlocked
    assert erfenis.window.pages.currentWidget() is not erfenis.window.profiles.code_page
    # Who keeps the code sees it, as anyone does.
    erfenis.window.lock()
    join(erfenis, qtbot, "Jeroen", skip=False)
    assert erfenis.window.pages.currentWidget() is erfenis.window.profiles.code_page


def _people(erfenis, qtbot):
    """A facilitator, a couple (linked) and one participant on their own."""
    set_up(erfenis, qtbot)
    vault = erfenis.session.vault
    workshop = WorkshopService(vault)
    a, _ = workshop.join_job("Marieke", PW, True).run_here()
    b, _ = workshop.join_job("Jeroen", PW + "b", True).run_here()
    c, _ = workshop.join_job("Kees", PW + "c", True).run_here()
    CoupleService(vault).link(a, b)
    for u in (a, b, c):
        u.lock()
    erfenis.window.lock()


def test_the_picker_shows_couples_whose_turn_and_finds_a_name(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    panel = erfenis.window.home.profiles
    picker = panel.workshop_picker
    rows = {names: row for row, names in picker.rows}
    assert set(rows) == {("Jeroen", "Marieke"), ("Kees",)}  # the couple on one row
    assert rows[("Jeroen", "Marieke")].property("couple") is True
    assert picker.facilitator_button.text() == "Facilitator: Femke"
    # A name is found by typing; Down goes to the first one found.
    erfenis.window.activateWindow()
    qtbot.waitUntil(erfenis.window.isActiveWindow)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "kee")
    assert rows[("Jeroen", "Marieke")].isHidden() and not rows[("Kees",)].isHidden()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is picker.first_found()
    assert picker.first_found().property("profile_name") == "Kees"
    picker.search.clear()
    picker.search.setText("zzz")
    assert picker.none_found.isVisibleTo(panel)
    # Whose turn: chosen at the hand-over, first on the picker.
    workshop = erfenis.session.workshop
    workshop.turn = workshop.groups()[0].uuids
    panel.refresh()
    picker = panel.workshop_picker
    assert picker.turn_title.text() == "Now it is the turn of Jeroen & Marieke"
    assert next(iter(picker.buttons.values())).property("profile_name") == "Jeroen"
    panel.focus_first()
    assert QApplication.focusWidget() is next(iter(picker.buttons.values()))


def test_the_hand_over_leaves_no_trace_of_the_previous_person(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    unlock(erfenis, qtbot, PW + "c", "Kees")
    assert erfenis.session.current.profile.name == "Kees"
    canary = "CANARY-kees-mijn moeder zweeg"
    window.profiles.show_notes()
    notes = window.profiles.notes_page
    editor = next(e for e in notes.findChildren(QPlainTextEdit) if e.isVisible())
    editor.setPlainText(canary)
    QGuiApplication.clipboard().setText(canary)
    window.lock()  # Kees locks: the laptop goes to someone else
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what was taken away is gone
    handover = window.workshop.page("handover")
    assert window.pages.currentWidget() is handover
    assert handover.title.text() == "Hand the laptop to …"
    assert not holding(window, "Kees") and not holding(window, canary), holding(window, "Kees")
    assert "Kees" not in window.windowTitle()
    assert canary not in QGuiApplication.clipboard().text()
    # The next people are offered (the couple), Kees is not.
    offered = [g.names for _row, g in handover._rows]
    assert offered == [("Jeroen", "Marieke")]
    handover.choose(handover._rows[0][1])
    assert handover.title.text() == "Hand the laptop to Jeroen & Marieke"
    assert "Kees" not in everything_in(window)
    marieke = next(p.uuid for p in erfenis.session.vault.profiles() if p.name == "Marieke")
    button = next(b for b in handover._unlock_buttons if "Marieke" in b.text())
    button.click()
    assert window.pages.currentWidget() is window.profiles.unlock_page
    assert window.profiles.unlock_page.profile_uuid == marieke
    # Once handed over, the picker shows everyone again, the turn first.
    assert window.home.profiles.workshop_picker.turn_group.names == ("Jeroen", "Marieke")
    assert "Kees" in [b.property("profile_name") for b in window.home.profiles.buttons.values()]


def test_the_facilitator_page_and_the_wipe(start_app, qtbot, dialogs, data_dir):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    facilitator = erfenis.session.workshop.facilitator()
    window.home.profiles.buttons[facilitator.uuid].click()
    window.profiles.unlock_page.password.edit.setText(FACILITATOR_PW)
    window.profiles.unlock_page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)
    page = window.workshop.page("facilitator")
    assert window.pages.currentWidget() is page
    assert page.title.text() == "Workshop: Couples day <b>spring</b>"
    # (Plural forms come from translations/erfenis_en.ts, which the lead brings up to date.)
    assert page.people_count.text().startswith("3 participant") and ", 1 couple" in page.people_count.text()
    assert page.people.text().splitlines() == ["Couples: Jeroen & Marieke", "On their own: Kees"]
    assert page.guide_title.text() == "Facilitator’s guide"
    assert "Veilig Thuis" in everything_in(page)
    # Home (Alt+Home, the Home button) is this page for the facilitator.
    window.show_home()
    assert window.pages.currentWidget() is page
    # A wrong password wipes nothing.
    page.password.edit.setText("niet goed")
    dialogs.answer("ask", "wipe")
    page.wipe_button.click()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=5000)
    assert "not right" in page.message.text()
    assert len(erfenis.session.workshop.participants()) == 3
    # Cancel at the confirmation wipes nothing either.
    page.password.edit.setText(FACILITATOR_PW)
    dialogs.answer("ask", "cancel")
    page.wipe_button.click()
    assert len(erfenis.session.workshop.participants()) == 3 and not page.password.text()
    # The right password and yes.
    erfenis.prefs.set_color_scheme("light")  # settings.ini is there, and checked too
    page.password.edit.setText(FACILITATOR_PW)
    dialogs.answer("ask", "wipe")
    page.wipe_button.click()
    qtbot.waitUntil(lambda: page.report.isVisible(), timeout=10000)
    report = page.report.text()
    assert "Removed: 3 participant" in report
    assert "erfenis.db" in report and "settings.ini" in report
    assert "for 3 participant name" in report
    assert "Result: nothing of the participants was found." in report
    assert dialogs.log[-1].title == "Participants wiped"
    assert erfenis.session.workshop.participants() == []
    assert page.people.text() == "No one has joined yet."
    assert erfenis.session.is_unlocked  # the facilitator is still here
    for path in data_dir.rglob("*"):
        if path.is_file():
            for name in ("Marieke", "Jeroen", "Kees"):
                assert name.encode() not in path.read_bytes()
    # A lock forgets the report, and the picker is there again.
    window.lock()
    assert not page.report.text()
    assert window.pages.currentWidget() is window.home


def test_the_programme_button_is_the_integration_point(start_app, qtbot):
    from erfenis_desktop.ui.workshop.facilitator_page import programme_available

    erfenis = start_app("--workshop")
    set_up(erfenis, qtbot)
    page = erfenis.window.workshop.page("facilitator")
    assert page.programme_button.isEnabled() == programme_available()
    assert page.programme_button.text().replace("&", "") == "Programme and presenter"


def _unlock_pair(erfenis, names=("Marieke", "Jeroen"), passwords=(PW, PW + "b")):
    """A couple at the laptop together (both unlocked, as after 'Together with my partner')."""
    vault, session = erfenis.session.vault, erfenis.session
    ids = {p.name: p.uuid for p in vault.profiles()}
    first, _ = vault.unlock(ids[names[0]], passwords[0])
    second, _ = vault.unlock(ids[names[1]], passwords[1])
    session.enter(first)
    session.enter_partner(second)
    erfenis.window.profiles.go_home()
    return first, second


def test_a_couple_hands_over_and_neither_name_stays(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    _unlock_pair(erfenis)
    assert erfenis.session.together
    window.lock()  # locks both
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    handover = window.workshop.page("handover")
    assert window.pages.currentWidget() is handover
    for name in ("Marieke", "Jeroen"):
        assert not holding(window, name), holding(window, name)
    assert [g.names for _row, g in handover._rows] == [("Kees",)]
    # Someone new may take the laptop too.
    handover.join_button.click()
    assert window.pages.currentWidget() is window.workshop.page("join")
    assert "Marieke" in [b.property("profile_name") for b in window.home.profiles.buttons.values()]


def test_quick_hide_and_idle_in_a_workshop(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    unlock(erfenis, qtbot, PW + "c", "Kees")
    window.quick_hide()  # the neutral screen, never the hand-over on top of it
    assert window.is_hidden and not erfenis.session.is_unlocked
    assert window.windowTitle() != "Erfenis (workshop mode)" and "Kees" not in window.windowTitle()
    window.resume()
    assert window.pages.currentWidget() is window.home
    assert "workshop mode" in window.windowTitle()
    # Idle: the profile locks by itself, and the laptop is handed over without a trace.
    unlock(erfenis, qtbot, PW + "c", "Kees")
    erfenis.idle.idle.emit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.pages.currentWidget() is window.workshop.page("handover")
    assert not holding(window, "Kees")


def test_the_band_is_on_every_page(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    window = erfenis.window
    band = window.workshop.band
    seen = [window.pages.currentWidget()]
    assert band.isVisible()
    window.show_settings()
    seen.append(window.pages.currentWidget())
    assert band.isVisible()
    window.show_help()
    assert band.isVisible()
    window.show_home()
    window.home.profiles.create_button.click()
    assert window.pages.currentWidget() is window.workshop.page("join") and band.isVisible()
    window.profiles.go_home()
    unlock(erfenis, qtbot, PW + "c", "Kees")
    assert band.isVisible() and "workshop mode" in window.windowTitle()
    window.lock()
    assert window.pages.currentWidget() is window.workshop.page("handover") and band.isVisible()
    assert band.text() == "Workshop mode: Couples day <b>spring</b>"
    assert band.textFormat() == Qt.TextFormat.PlainText


def test_a_partner_made_at_together_joins_the_workshop(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    unlock(erfenis, qtbot, PW + "c", "Kees")
    flow = erfenis.window.profiles
    flow.show_partner_create()  # Together, with no partner profile yet: the partner makes theirs here
    page = flow.create_page
    page.name.setText("Sanne")
    page.password.edit.setText("nog een wachtwoord")
    page.repeat.edit.setText("nog een wachtwoord")
    page.go.click()
    qtbot.waitUntil(lambda: erfenis.session.together, timeout=5000)
    sanne = erfenis.session.partner.profile.uuid
    workshop = erfenis.session.workshop
    assert workshop.repo.role(sanne) == "participant"
    erfenis.window.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not holding(erfenis.window, "Sanne") and not holding(erfenis.window, "Kees"), \
        holding(erfenis.window, "Sanne") + holding(erfenis.window, "Kees")


def test_closing_the_window_hands_nothing_over(start_app, qtbot):
    erfenis = start_app("--workshop")
    _people(erfenis, qtbot)
    unlock(erfenis, qtbot, PW + "c", "Kees")
    mode = erfenis.window.workshop
    erfenis.window.close()
    assert not erfenis.session.is_unlocked
    assert "handover" not in mode._pages


def test_the_desktops_screen_lock_still_locks_after_switching_into_a_workshop(start_app, qtbot, dialogs, request):
    """After a switch of folders the screen lock of the desktop locks the session open now,
    not the one of the folder that was left."""
    erfenis = start_app()
    make_profile(erfenis, qtbot)
    qtbot.waitUntil(lambda: erfenis.desktop_lock is not None, timeout=2000)
    old = erfenis.window
    dialogs.answer("ask", "start")
    old.act_workshop.trigger()
    set_up(erfenis, qtbot)
    qtbot.waitUntil(lambda: erfenis.session.is_unlocked, timeout=5000)  # the facilitator, just made
    qtbot.waitUntil(lambda: erfenis.desktop_lock is not None, timeout=2000)
    erfenis.desktop_lock._on_signal(True)  # the screen saver starts
    assert not erfenis.session.is_unlocked
    request.node.qt_widgets = [(w, f) for w, f in request.node.qt_widgets if w() is not old]
