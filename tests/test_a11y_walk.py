"""Every screen of Erfenis, in Dutch and in English, as a keyboard and a screen reader meet it.

``SCREENS`` lists the screens, in the order a person could come across them in one "world" (a
personal data folder, a workshop folder, a damaged file). A new screen is one more line: its
name, its world, and a function that brings it up and returns the widget to look at (a page of
the main window, or a window of its own).

On every screen, for what is shown and enabled:
- every Tab stop has a name a screen reader says: what Qt's accessibility layer gives
  (``QAccessible``'s Name: the accessible name, else a button's text, else the text of a
  QLabel whose buddy it is beside it, else the title of the group box it is in);
- an icon-only button and a drawn widget (a chart, a picture: a widget of ours that paints
  itself) also has a description (its accessible description, else its tooltip);
- Tab, pressed from the first control, reaches every control, in reading order: top to bottom,
  left to right within a row; a column beside another may come after it (never one above it
  in the same column, never one to the left on the same row);
- nothing is for the mouse only: every button takes Tab or has a shortcut, a widget of ours
  that answers a click also takes Tab and keys, a link in a label can be reached by Tab.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QScrollBar,
    QWidget,
)

# Finding things on a screen ---------------------------------------------------------------


def name_of(w: QWidget) -> str:
    """What a screen reader says for ``w``: Qt's accessible Name (see the module's text)."""
    face = QAccessible.queryAccessibleInterface(w)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def description_of(w: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(w)
    return (face.text(QAccessible.Text.Description) if face is not None else "").strip()


def _inside_composite(w: QWidget, root: QWidget) -> bool:
    """Parts of a combo box or spin box are one Tab stop with it."""
    parent = w.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def shown(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.isVisible() and w.isEnabled() and not w.isWindow() or w is root]


def stops(root: QWidget) -> list[QWidget]:
    """What Tab can stop at on ``root`` now: shown, enabled, taking Tab, not part of another."""
    return [w for w in shown(root)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and not isinstance(w, QScrollBar) and not _inside_composite(w, root) and w is not root]


def leaf_stops(root: QWidget) -> list[QWidget]:
    """Tab stops that hold no other Tab stop (a named scroll area round a form is not placed)."""
    found = stops(root)
    return [w for w in found if not any(w.isAncestorOf(other) for other in found if other is not w)]


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
    owner = w.parentWidget()
    while owner is not None and not owner.objectName():
        owner = owner.parentWidget()
    where = f" in {owner.objectName()}" if owner is not None else ""
    return f"{type(w).__name__}#{w.objectName()}{where} {text[:40]!r} {name_of(w)[:40]!r}"


def _ours(w: QWidget) -> bool:
    return type(w).__module__.startswith("erfenis_desktop")


def _drawn(w: QWidget) -> bool:
    """A widget of ours that paints what it shows (a chart, a picture), not text of Qt's own."""
    if not _ours(w) or isinstance(w, (QAbstractButton, QLabel, QAbstractScrollArea, QComboBox, QAbstractSpinBox)):
        return False
    return any("paintEvent" in vars(k) for k in type(w).__mro__ if k.__module__.startswith("erfenis_desktop"))


def _overrides(w: QWidget, *methods: str) -> bool:
    return any(m in vars(k) for k in type(w).__mro__ if k.__module__.startswith("erfenis_desktop") for m in methods)


# The checks ---------------------------------------------------------------------------------


def unnamed(root: QWidget) -> list[str]:
    found = []
    for w in stops(root):
        if not name_of(w):
            found.append(f"no name: {describe(w)}")
    for w in shown(root):
        icon_only = isinstance(w, QAbstractButton) and not w.text().strip() and not w.icon().isNull()
        if (icon_only or _drawn(w)) and w is not root:
            if not name_of(w):
                found.append(f"no name: {describe(w)}")
            if not description_of(w):
                found.append(f"no description: {describe(w)}")
    return sorted(set(found))


def mouse_only(root: QWidget) -> list[str]:
    found = []
    for w in shown(root):
        if w is root or _inside_composite(w, root) or isinstance(w.parentWidget(), QScrollBar):
            continue
        takes_tab = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(w, QAbstractButton):
            in_a_set = any(b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in _grouped(w))
            if not takes_tab and w.shortcut().isEmpty() and not in_a_set:
                found.append(f"button for the mouse only: {describe(w)}")
        elif _overrides(w, "mousePressEvent", "mouseReleaseEvent", "mouseDoubleClickEvent"):
            if not takes_tab or not _overrides(w, "keyPressEvent", "keyReleaseEvent"):
                found.append(f"answers a click, not the keyboard: {describe(w)}")
        elif isinstance(w, QAbstractScrollArea) and not takes_tab and w.verticalScrollBar().maximum() > 0 \
                and not any(w.isAncestorOf(x) for x in stops(root)):
            found.append(f"scrolls for the mouse only (nothing in it takes Tab): {describe(w)}")
        elif isinstance(w, QLabel) and "<a " in w.text():
            flags = w.textInteractionFlags()
            if not (flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard) or not takes_tab:
                found.append(f"link for the mouse only: {describe(w)}")
    return found


def _rect(w: QWidget, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, w.rect().topLeft()), w.size())


def out_of_order(a: QRect, b: QRect) -> bool:
    """``b`` comes after ``a`` by Tab, yet a reader reads it before: above ``a`` in the same
    column, above and to the left, or to its left on the same row."""
    above = b.y() + b.height() <= a.y() + 2
    left = b.x() + b.width() <= a.x() + 2
    same_column = b.x() < a.x() + a.width() and a.x() < b.x() + b.width()
    same_row = b.y() < a.y() + a.height() and a.y() < b.y() + b.height()
    return (above and (same_column or left)) or (same_row and left and not above)


def reading_order(root: QWidget) -> list[QWidget]:
    def compare(a: QWidget, b: QWidget) -> int:
        ra, rb = _rect(a, root), _rect(b, root)
        if ra.top() < rb.bottom() and rb.top() < ra.bottom():
            return ra.left() - rb.left()
        return ra.top() - rb.top()

    return sorted(leaf_stops(root), key=functools.cmp_to_key(compare))


def tab_walk(qtbot, root: QWidget) -> list[QWidget]:
    """Press Tab from the first control a reader meets, round the whole window, noting the
    controls of ``root`` met on the way, until Tab comes back to one met before: the cycle of
    ``root``'s Tab stops, in the order Tab goes (where the cycle starts is for the caller)."""
    window = root.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    order = reading_order(root)
    if not order:
        return []
    first = order[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)
    met: list[QWidget] = []
    stuck = 0
    for _ in range(400):
        now = QApplication.focusWidget()
        if now is None:
            break
        if root.isAncestorOf(now) or now is root:
            if now in met and stuck == 0:
                break
            if now not in met:
                met.append(now)
        qtbot.keyClick(now, Qt.Key.Key_Tab)
        stuck = stuck + 1 if QApplication.focusWidget() is now else 0
        if stuck > 6 and len(stops(window)) > 1:  # a date field's Tab goes from day to month to year first; then on
            met.append(now)  # Tab stays put: a trap, reported by the caller
            break
        if stuck > 6:
            break  # the only control of its window
    return met


def _grouped(w: QWidget) -> list[QAbstractButton]:
    """The other options of a set (a button group, or exclusive buttons side by side): Tab
    goes to the set once, the arrows move within it."""
    if not isinstance(w, QAbstractButton) or not w.isCheckable():
        return []
    if w.group() is not None:
        return [b for b in w.group().buttons() if b is not w]
    if w.autoExclusive() and w.parentWidget() is not None:
        return [b for b in w.parentWidget().findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if b is not w and b.autoExclusive() and b.isCheckable()]
    return []


def _violations(placed: list[QWidget], root: QWidget) -> list[str]:
    found = []
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            if out_of_order(_rect(a, root), _rect(b, root)):
                found.append(f"Tab order: {describe(b)} comes after {describe(a)}")
                break
    return found


def tab_findings(qtbot, root: QWidget) -> list[str]:
    leaves = leaf_stops(root)
    walked = tab_walk(qtbot, root)
    found = []
    if len(walked) >= 2 and walked[-1] is walked[-2]:
        found.append(f"Tab cannot leave {describe(walked[-1])}")
        walked = walked[:-1]
    placed = [w for w in walked if w in leaves]
    # Tab goes round: the order is right when it is right from some start (where focus lands
    # on a page is checked elsewhere).
    found += min((_violations(placed[i:] + placed[:i], root) for i in range(len(placed))), key=len, default=[])
    reached = set(map(id, walked))
    for w in leaves:
        if id(w) not in reached and not any(id(b) in reached for b in _grouped(w)):
            found.append(f"Tab never reaches {describe(w)}")
    return found


def check(qtbot, root: QWidget) -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(root.isVisible, timeout=3000)
    qtbot.waitUntil(lambda: all(w.height() > 0 for w in stops(root)), timeout=3000)
    return unnamed(root) + mouse_only(root) + tab_findings(qtbot, root)


# The screens --------------------------------------------------------------------------------


@dataclass
class World:
    erfenis: object
    qtbot: object
    dialogs: object

    @property
    def window(self):
        return self.erfenis.window

    @property
    def flow(self):
        return self.erfenis.window.profiles

    def current(self) -> QWidget:
        return self.window.pages.currentWidget()


@dataclass
class Screen:
    name: str
    world: str  # "personal", "workshop" or "problem": one app per world and language
    show: Callable[[World], QWidget]


def _profile(w: World, name: str, password: str) -> None:
    from tests.test_profile_screens import make_profile

    make_profile(w.erfenis, w.qtbot, name, password)


def _create(w: World) -> QWidget:
    w.window.home.profiles.create_button.click()
    return w.flow.create_page


def _code(w: World) -> QWidget:
    page = w.flow.create_page
    page.name.setText("Bo")
    page.password.edit.setText(BO_PASSWORD)
    page.repeat.edit.setText(BO_PASSWORD)
    page.go.click()
    w.qtbot.waitUntil(lambda: w.current() is w.flow.code_page, timeout=5000)
    return w.flow.code_page


def _home_unlocked(w: World) -> QWidget:
    code = w.flow.code_page
    groups = code._code.split("-")
    for field, index in zip(code.group_fields, code._indices):
        field.setText(groups[index - 1].lower())
    code.done_button.click()
    w.qtbot.waitUntil(lambda: w.current() is w.window.home, timeout=5000)
    return w.window.home


def _home_locked(w: World) -> QWidget:
    w.window.lock()
    _profile(w, "Alex", ALEX_PASSWORD)
    w.window.lock()
    return w.window.home


def _unlock(w: World) -> QWidget:
    uuid = next(p.uuid for p in w.erfenis.session.vault.profiles() if p.name == "Alex")
    w.window.home.profiles.buttons[uuid].click()
    return w.flow.unlock_page


def _recover(w: World) -> QWidget:
    w.flow.unlock_page.forgot.click()
    return w.flow.recover_page


def _into_alex(w: World) -> QWidget:
    from tests.test_profile_screens import unlock

    w.window.show_home()
    unlock(w.erfenis, w.qtbot, ALEX_PASSWORD, "Alex")
    w.qtbot.waitUntil(lambda: w.erfenis.session.is_unlocked, timeout=5000)
    w.flow.show_profile()
    return w.current()


def _exercise(which: str) -> Callable[[World], QWidget]:
    def show(w: World) -> QWidget:
        w.flow.show_exercise(which)
        return w.current()

    return show


def _pattern_question(w: World) -> QWidget:
    page = w.flow.pattern_page
    page.parent_name.setText("moeder")
    page.add_parent.click()
    page.start_button.click()
    return page


def _pattern_results(w: World) -> QWidget:
    page = w.flow.pattern_page
    for _ in range(len(page._questions())):
        if page.run is None:
            break
        page.answer(4)
    w.qtbot.waitUntil(lambda: w.current() is w.flow.results_page, timeout=5000)
    return w.flow.results_page


def _notes(w: World) -> QWidget:
    w.flow.show_notes()
    return w.flow.notes_page


def _couple_linked(w: World) -> QWidget:
    from tests.test_together import _join

    w.flow.show_exercise("together")
    page = w.flow.couple_page
    _join(w.erfenis, w.qtbot, "Bo", BO_PASSWORD)
    for seen in page.seen:
        seen.setChecked(True)
    page.link_button.click()
    return page


def _together(w: World) -> QWidget:
    from tests.test_together import _start

    return _start(w.flow, w.flow.couple_page)


def _together_exercise(w: World) -> QWidget:
    w.flow.show_exercise("together")
    w.flow.start_together_exercise()
    return w.current()


def _repair(w: World) -> QWidget:
    w.flow.show_exercise("together")
    w.flow.start_repair()
    return w.current()


def _settings(w: World) -> QWidget:
    w.window.show_settings()
    return w.window.settings


def _help(w: World) -> QWidget:
    w.window.show_help()
    return w.window.help_page


def _about(w: World) -> QWidget:
    w.window.show_home()
    w.window.show_about()
    return w.window.about_dialog


def _take_home(action: str) -> Callable[[World], QWidget]:
    def show(w: World) -> QWidget:
        for top in QApplication.topLevelWidgets():
            if top is not w.window and top.isVisible() and top.isModal():
                top.close()
        getattr(w.window.transfer, action).trigger()
        return w.window.transfer.dialog

    return show


def _workshop_setup(w: World) -> QWidget:
    return w.window.workshop.page("setup")


def _facilitator(w: World) -> QWidget:
    from tests.test_workshop_screens import set_up

    set_up(w.erfenis, w.qtbot)
    w.qtbot.waitUntil(lambda: w.erfenis.session.is_unlocked, timeout=5000)
    w.window.show_home()
    return w.current()


def _programme(w: World) -> QWidget:
    w.current().programme_button.click()
    from erfenis_desktop.ui.workshop.programme_page import ProgrammePage

    w.qtbot.waitUntil(lambda: any(isinstance(t, ProgrammePage) or t.findChild(ProgrammePage)
                                  for t in QApplication.topLevelWidgets() if t.isVisible()), timeout=3000)
    page = next(t if isinstance(t, ProgrammePage) else t.findChild(ProgrammePage)
                for t in QApplication.topLevelWidgets()
                if t.isVisible() and (isinstance(t, ProgrammePage) or t.findChild(ProgrammePage)))
    return page


def _group(w: World) -> QWidget:
    from erfenis_desktop.ui.workshop.group_page import show_group_page
    from erfenis_desktop.ui.workshop.presenter import presenter_for

    presenter_for(w.window).close()
    return show_group_page(w.window)


def _workshop_picker(w: World) -> QWidget:
    from erfenis_desktop.services.couple import CoupleService
    from erfenis_desktop.services.workshop import WorkshopService

    vault = w.erfenis.session.vault
    workshop = WorkshopService(vault)
    made = [workshop.join_job(name, BO_PASSWORD + name, True).run_here()[0] for name in ("Marieke", "Jeroen", "Kees")]
    CoupleService(vault).link(made[0], made[1])
    for u in made:
        u.lock()
    w.window.lock()
    return w.window.home


def _workshop_join(w: World) -> QWidget:
    w.window.home.profiles.create_button.click()
    return w.window.workshop.page("join")


def _problem(w: World) -> QWidget:
    return w.window


BO_PASSWORD = "lange wandeling bo"
ALEX_PASSWORD = "lange wandeling"

SCREENS: list[Screen] = [
    Screen("picker (nobody yet)", "personal", lambda w: w.window.home),
    Screen("create profile", "personal", _create),
    Screen("recovery code", "personal", _code),
    Screen("home (unlocked)", "personal", _home_unlocked),
    Screen("home (locked, picker)", "personal", _home_locked),
    Screen("unlock", "personal", _unlock),
    Screen("forgotten password", "personal", _recover),
    Screen("your profile", "personal", _into_alex),
    Screen("pattern mirror: introduction", "personal", _exercise("pattern")),
    Screen("pattern mirror: a question", "personal", _pattern_question),
    Screen("pattern mirror: results", "personal", _pattern_results),
    Screen("step 1", "personal", _exercise("step1")),
    Screen("step 2", "personal", _exercise("step2")),
    Screen("step 3", "personal", _exercise("step3")),
    Screen("cycle map", "personal", _exercise("cycle")),
    Screen("earlier relationships", "personal", _exercise("history")),
    Screen("notes", "personal", _notes),
    Screen("journal", "personal", _exercise("journal")),
    Screen("dans", "personal", _exercise("dans")),
    Screen("intimacy check", "personal", _exercise("intimacy")),
    Screen("generations", "personal", _exercise("generations")),
    Screen("together (not yet linked)", "personal", _exercise("together")),
    Screen("together (linked, prompts chooser)", "personal", _couple_linked),
    Screen("together answering (side by side)", "personal", _together),
    Screen("timeline", "personal", _exercise("timeline")),
    Screen("pattern mirror: compare", "personal", _exercise("compare")),
    Screen("together exercise", "personal", _together_exercise),
    Screen("repair", "personal", _repair),
    Screen("settings", "personal", _settings),
    Screen("help", "personal", _help),
    Screen("about", "personal", _about),
    Screen("take home: export", "personal", _take_home("act_export")),
    Screen("take home: import", "personal", _take_home("act_import")),
    Screen("workshop: first screen", "workshop", _workshop_setup),
    Screen("workshop: facilitator page", "workshop", _facilitator),
    Screen("workshop: programme", "workshop", _programme),
    Screen("workshop: group page", "workshop", _group),
    Screen("workshop: picker", "workshop", _workshop_picker),
    Screen("workshop: join", "workshop", _workshop_join),
    Screen("problem screen", "problem", _problem),
]

WORLDS = ("personal", "workshop", "problem")


def start_world(start_app, data_dir, world: str, lang: str):
    if world == "workshop":
        return start_app("--workshop", "--lang", lang)
    if world == "problem":
        from erfenis_desktop.storage.database import DB_FILENAME

        data_dir.mkdir(mode=0o700)
        (data_dir / DB_FILENAME).write_bytes(b"not an Erfenis file, only some words " * 40)
    return start_app("--lang", lang)


def visit(start_app, data_dir, qtbot, dialogs, world: str, lang: str):
    """Each screen of ``world`` in turn: (screen, the widget to look at)."""
    erfenis = start_world(start_app, data_dir, world, lang)
    dialogs.answer("ask", *(["leave"] * 20))
    here = World(erfenis, qtbot, dialogs)
    for screen in (s for s in SCREENS if s.world == world):
        root = screen.show(here)
        assert root is not None, screen.name
        qtbot.waitUntil(root.isVisible, timeout=3000)
        yield screen, root


@pytest.mark.parametrize("world", WORLDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_screen_is_named_in_reading_order_and_keyboard_reachable(start_app, data_dir, qtbot, dialogs,
                                                                       world, lang):
    findings: dict[str, list[str]] = {}
    seen = 0
    for screen, root in visit(start_app, data_dir, qtbot, dialogs, world, lang):
        seen += 1
        found = check(qtbot, root)
        if found:
            findings[screen.name] = found
    assert seen == sum(s.world == world for s in SCREENS)
    assert findings == {}, "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in findings.items())


# The test fails when it should ------------------------------------------------------------


def _form(qtbot) -> QWidget:
    from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton

    page = QFrame()
    form = QFormLayout(page)
    first, second = QLineEdit(), QLineEdit()
    label = QLabel("&Name")
    label.setBuddy(first)
    form.addRow(label, first)
    form.addRow("&Town", second)
    row = QHBoxLayout()
    back, go = QPushButton("Back"), QPushButton("Go")
    row.addWidget(back)
    row.addWidget(go)
    form.addRow(row)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.parts = (first, second, back, go)
    return page


def test_the_walk_finds_a_missing_name_a_broken_tab_order_and_a_mouse_only_button(qtbot):
    page = _form(qtbot)
    first, second, back, go = page.parts
    assert check(qtbot, page) == []
    assert name_of(first) == "Name" and name_of(second) == "Town" and name_of(go) == "Go"
    go.setText("")
    assert any(f.startswith("no name: QPushButton") for f in check(qtbot, page))
    go.setText("Go")
    QWidget.setTabOrder(first, go)
    QWidget.setTabOrder(go, second)
    assert any(f.startswith("Tab order:") for f in check(qtbot, page))
    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, back)
    QWidget.setTabOrder(back, go)
    go.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert any(f.startswith("button for the mouse only") for f in check(qtbot, page))


def test_reading_order_allows_columns_and_not_going_back_up():
    left_top, left_low = QRect(0, 0, 100, 20), QRect(0, 40, 100, 20)
    right_top = QRect(200, 0, 100, 20)
    assert not out_of_order(left_low, right_top)  # the next column
    assert out_of_order(right_top, left_low) is False  # down and to the left: the next row
    assert out_of_order(left_low, left_top)  # back up the same column
    assert out_of_order(right_top, left_top)  # to the left on the same row
