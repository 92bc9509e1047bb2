"""What a screen reader hears, and where the keyboard is: one place for the whole app.

``announce(widget, text)`` says a change that is only a label changing ("That password is not
right", "Locked in", the partner's text after the reveal, "time is up"). It sends Qt's
accessibility announcement (Qt 6.8 and later); on an older Qt, the widget says that its name
changed, which a screen reader reads for a focused control or a live label.

``focus_page(page)`` puts keyboard focus on a page's first meaningful control, so that is what
a screen reader says after a page change: never something hidden or gone, and never the
header (its lock button locks both profiles with one Space). ``PageFocus`` does this for a
stack of pages after every page change and every lock or unlock, and keeps each page's Tab
order the order in which its controls are laid out (top to bottom, left to right).

Nothing said is kept here: a partner's revealed text must not outlive the screen it was on.
``listen`` lets tests (or another reader) hear what is said, as it is said.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLayout,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

Listener = Callable[[QWidget, str], None]
_listeners: list[Listener] = []


def listen(listener: Listener) -> Callable[[], None]:
    """Call ``listener(widget, text)`` for everything announced from now on; returns the
    function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None


def announce(widget: QWidget | None, text: str, assertive: bool = False) -> bool:
    """Say ``text`` through the screen reader, from ``widget`` (where the change is seen).

    Only from a widget that is on screen: what is not shown is never said (a hidden half, a
    page behind another, anything after a quick hide). ``assertive`` interrupts what is being
    read (an error the person must hear now); else it waits its turn. True when it was said."""
    text = " ".join((text or "").split())
    if widget is None or not text or not widget.isVisible():
        return False
    for listener in list(_listeners):
        listener(widget, text)
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8: the widget says its name changed
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return True
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True


# Focus -------------------------------------------------------------------------------------

#: Widgets with parts of their own: Tab stops as one, never walked into.
_WHOLE = (QComboBox, QAbstractSpinBox)


def takes_tab(w: QWidget) -> bool:
    """A control Tab stops at (visible or not): scroll bars and unnamed scroll areas are not."""
    if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(w, QScrollBar):
        return False
    return not (isinstance(w, QScrollArea) and not w.accessibleName().strip())


def _inside_whole(w: QWidget, root: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _WHOLE):
            return True
        parent = parent.parentWidget()
    return False


def laid_out(root: QWidget) -> list[QWidget]:
    """``root``'s Tab stops in the order they are laid out: each layout's items in order, a
    grid row by row, a form row by row. Pages in a stack come one after the other (only the
    shown one can be reached)."""
    found: list[QWidget] = []
    seen: set[int] = set()

    def widget(w: QWidget) -> None:
        if not isinstance(w, QWidget) or id(w) in seen:  # (a stale wrapper of another type: skipped)
            return
        seen.add(id(w))
        if w is not root and takes_tab(w) and w.focusProxy() is None:
            found.append(w)
            if isinstance(w, (_WHOLE, QAbstractScrollArea)) and not isinstance(w, QScrollArea):
                return
        if isinstance(w, QScrollArea) and w.widget() is not None:
            widget(w.widget())
        if isinstance(w, (QStackedWidget, QSplitter)):  # a splitter's parts left to right (or top down)
            for i in range(w.count()):
                widget(w.widget(i))
        # (PySide can hand back a stale wrapper of another type for a layout made where a
        # deleted one was: its controls are then taken as children below.)
        if isinstance(w.layout(), QLayout):
            layout(w.layout())
        # Children outside any layout (placed by hand) come after the laid-out ones.
        for child in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if id(child) not in seen and not child.isWindow():
                widget(child)

    def layout(lay: QLayout) -> None:
        items = [(i, lay.itemAt(i)) for i in range(lay.count())]
        if isinstance(lay, QGridLayout):
            items.sort(key=lambda pair: lay.getItemPosition(pair[0])[:2])
        elif isinstance(lay, QFormLayout):
            items.sort(key=lambda pair: (lay.getItemPosition(pair[0])[0], int(lay.getItemPosition(pair[0])[1].value)))
        elif isinstance(lay, QBoxLayout) and lay.direction() in (QBoxLayout.Direction.RightToLeft,
                                                                 QBoxLayout.Direction.BottomToTop):
            items.reverse()
        for _i, item in items:
            if isinstance(item.widget(), QWidget):
                widget(item.widget())
            elif isinstance(item.layout(), QLayout):
                layout(item.layout())

    widget(root)
    return [w for w in found if not _inside_whole(w, root)]


def _revision(root: QWidget):
    """``root.tab_revision()`` when the page has one (a value it changes whenever it adds,
    removes or moves a widget), else None."""
    revision = getattr(root, "tab_revision", None)
    return revision() if callable(revision) else None


def order_tabs(root: QWidget) -> None:
    """Tab goes through ``root``'s controls in the order they are seen. A page with a
    ``tab_revision()`` is walked again only when that changed (the same widgets keep their order)."""
    key = _revision(root)
    if key is not None and getattr(root, "_erfenis_tabs_at", None) == key:
        return
    stops = laid_out(root)
    for first, second in zip(stops, stops[1:]):
        QWidget.setTabOrder(first, second)
    if key is not None:
        root._erfenis_tabs_at = key


def _shown(w: QWidget, page: QWidget) -> bool:
    """``w`` is on screen with ``page``, or will be in a moment: a control just added to a
    shown part of the page is shown by Qt at the next turn of the event loop (a page that
    rebuilds itself, as the profile panel does at a lock or an unlock)."""
    if not page.isVisible():
        return False
    x = w
    while x is not None and x is not page:
        if x.isHidden() and (x.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) or x.isWindow()):
            return False
        x = x.parentWidget()
    return x is page


def _usable(w: QWidget, page: QWidget) -> bool:
    return w.isEnabled() and takes_tab(w) and _shown(w, page)


def first_control(page: QWidget) -> QWidget | None:
    """The first control Tab reaches on ``page`` as it is laid out, shown and enabled: what
    the page asks for with ``focus_target()`` when it has that method."""
    own = getattr(page, "focus_target", None)
    chosen = own() if callable(own) else None
    if chosen is not None and page.isAncestorOf(chosen) and _usable(chosen, page):
        return chosen
    return next((w for w in laid_out(page) if _usable(w, page)), None)


def _settled(page: QWidget) -> bool:
    """Focus is on something of ``page`` that a person can see and use (or on the page itself
    when it takes keys and has a name, like a step-through view)."""
    w = page.window().focusWidget()
    if w is None or not w.isVisible() or not w.isEnabled():
        return False
    if w is page or page.isAncestorOf(w):
        return takes_tab(w) or bool(w.accessibleName().strip())
    return False


def _showing_soon(page: QWidget) -> bool:
    return any(not w.isVisible() and _shown(w, page) for w in page.findChildren(QWidget))


def _alive(w: QWidget | None) -> QWidget | None:
    import shiboken6

    return w if w is not None and shiboken6.isValid(w) else None


def focus_page(page: QWidget, target: QWidget | None = None) -> None:
    """Keyboard focus on ``target`` when it can be used, else on the page's first meaningful
    control (see ``first_control``); looked at again once whatever was just added to the page
    is on screen: when the control chosen went away (a page that rebuilds itself, as the
    profile panel does at a lock or an unlock), focus goes to the first control again."""
    if not page.isVisible():
        return
    order_tabs(page)
    chosen: list[QWidget | None] = [None]

    def put() -> None:
        first = target if _alive(target) is not None and _usable(target, page) else first_control(page)
        chosen[0] = first
        if first is not None and page.window().focusWidget() is not first:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    put()

    def again(tries: int) -> None:
        if not page.isVisible():
            return
        mine = _alive(chosen[0])
        if mine is not None and _usable(mine, page) and (page.window().focusWidget() is mine or _settled(page)):
            return  # still there (or the page itself put focus elsewhere on it)
        if tries > 1 and _showing_soon(page):
            QTimer.singleShot(0, page, lambda: again(tries - 1))
            return
        order_tabs(page)
        put()

    QTimer.singleShot(0, page, lambda: again(5))


class PageFocus(QObject):
    """Follows a stack of pages. At each page change the shown page's Tab order becomes its
    layout order; when focus was on the page put away, it goes to where it was on the new page
    before (back from "Need help?", say), else to that page's first meaningful control, with
    no stop on the way (Qt would hand it to the next control in line, often the header's lock
    button, and a screen reader says that first). Once things have settled, focus is checked
    to be on a control of the page that can be seen and used. ``rebuilt(page)``: that page was
    made anew (the home screen at a lock or an unlock): focus on its first control. Pages in
    ``always_first`` (the home screen, rebuilt often) always start at their first control."""

    def __init__(self, pages: QStackedWidget, parent: QObject | None = None, always_first: tuple = ()):
        super().__init__(parent)
        self._pages = pages
        self._pending = False
        self._left: dict[int, QWidget] = {}  # per page (its id): the control focus was on when it was put away
        self._from_page = False  # focus was on the page being put away
        self._arrived: QWidget | None = None  # the page focus arrived on as it was shown
        self._always_first = {id(p) for p in always_first}
        pages.currentChanged.connect(self._changed)
        pages.installEventFilter(self)  # pages made later are watched as they come
        for i in range(pages.count()):
            self._watch(pages.widget(i))
        from PySide6.QtWidgets import QApplication

        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focused control disappeared (a button that hid itself) and Qt gave focus to the
        next control in line outside the page, such as the header's lock button: back into the
        page. (A person who Tabs or clicks there keeps it there.)"""
        if new is None or _alive(self._pages) is None:  # (the window is going)
            return
        page = self._pages.currentWidget()
        if page is None or new.window() is not self._pages.window() or page.isAncestorOf(new):
            return
        if old is not None and not old.isVisible():
            self.later()

    def _watch(self, page: QWidget) -> None:
        """The page, and the stages of a page (a stack inside it), tell when they are put away."""
        key = _revision(page)
        if key is not None and getattr(page, "_erfenis_watched_at", None) == key:
            return  # no widget added since the last look
        if key is not None:
            page._erfenis_watched_at = key
        for stage in [page] + [w for inner in page.findChildren(QStackedWidget)
                               for w in (inner.widget(i) for i in range(inner.count()))]:
            if stage is not None and not stage.property("erfenisFocusWatched"):
                stage.setProperty("erfenisFocusWatched", True)
                stage.installEventFilter(self)

    def _changed(self, _index: int) -> None:
        page = self._pages.currentWidget() if _alive(self._pages) is not None else None
        if page is None:
            return
        self._watch(page)
        if page.isVisible():  # at once: the first Tab already goes where the eye goes
            if self._from_page:
                self._arrive(page)  # (focus_page orders the Tab stops first: one walk, not two)
            elif self._arrived is not page:  # (nor when focus arrived as the page was shown)
                order_tabs(page)
        self._arrived = None
        self.later()

    def _arrive(self, page: QWidget) -> None:
        self._from_page = False
        self._arrived = page  # the page change that follows need not walk its Tab stops again
        before = None if id(page) in self._always_first else _alive(self._left.get(id(page)))
        focus_page(page, before)

    def eventFilter(self, watched: QObject, event) -> bool:
        """A page (or a stage of one) put away with focus inside lets go of focus first; the
        page shown next takes it as it appears (before Qt would give it to what that page had
        focused last time, even when that is hidden now)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        if watched is self._pages:
            if event.type() == QEvent.Type.ChildAdded and isinstance(event.child(), QWidget):
                self._watch(event.child())
            return False
        if event.type() == QEvent.Type.Show and self._from_page and isinstance(watched, QWidget) \
                and watched.parentWidget() is self._pages:
            self._arrive(watched)
            return False
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isHidden():
            focus = QApplication.focusWidget()
            if focus is not None and watched.isAncestorOf(focus):
                if watched.parentWidget() is self._pages:
                    self._left[id(watched)] = focus
                    self._from_page = True
                focus.clearFocus()
        return False

    def rebuilt(self, page: QWidget) -> None:
        if _alive(self._pages) is not None and self._pages.currentWidget() is page:
            focus_page(page)

    def later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        self._pending = False
        page = self._pages.currentWidget() if _alive(self._pages) is not None else None
        if page is None or not page.isVisible():  # the neutral screen after a quick hide, say
            return
        order_tabs(page)
        if not _settled(page):
            focus_page(page)
