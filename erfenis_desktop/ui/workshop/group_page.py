"""The group picture of a workshop (issue 13, section 4).

For the room (anyone, also with every profile locked: it holds no person): how many lean
toward moving closer or stepping back, and which childhood patterns are most common, as
counts and bars, with the same in words for a screen reader. No name, no text, no row per
person; below five contributors it says only how many more are needed, and holds no count
anywhere (not in a label, a bar, a name or a description).

For a participant with their profile open: what adding means, in plain words, and "Add my
results to the group picture", confirmed through ui/common/dialogs.py.

``GroupPage(services)``: ``services`` has ``session``, ``dialogs``, ``prefs`` and ``exercises``
(the exercises service, or a function that makes it), e.g. a :class:`GroupServices` or the
workshop's ``WorkshopServices`` (ui/workshop/mode.py).
``show_group_page(window)`` opens it in the main window (the integrator wires the entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from ..common.widgets import ReadingColumn, Retranslating, button_row, card, fill, heading, paragraph


@dataclass
class GroupServices:
    """What the group page needs from the app."""

    session: Any  # services.session.Session
    dialogs: Any  # ui.common.dialogs.Dialogs
    prefs: Any  # services.preferences.Preferences (the language)
    exercises: Any  # services.exercises.Exercises, or a function that makes it


class CountBars(QWidget):
    """Rows of (label, count, percentage) out of a number of people: a bar per row with the
    count beside it. Sizes from the font (200 % text), colours from the palette (light, dark)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, int, int]] = []
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def count_text(self, count: int, percent: int) -> str:
        return fill(self.tr("%1 of %2 (%3 %)"), str(count), str(self.total), str(percent))

    def set_rows(self, rows, total: int) -> None:
        """No rows: nothing drawn and nothing said (the picture is hidden)."""
        self.rows, self.total = list(rows), total
        self.setAccessibleDescription("; ".join(f"{label}: {self.count_text(n, p)}" for label, n, p in self.rows))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.6)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 50, self._row_height() * len(self.rows) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 24, self.sizeHint().height())

    def _count_width(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(self.count_text(n, p)) for _l, n, p in self.rows), default=0) + 8

    def label_rects(self) -> list[QRectF]:
        """Where every text is drawn (tests check that all of it lies inside the widget)."""
        fm, h = self.fontMetrics(), self._row_height()
        out = []
        for i, (label, n, p) in enumerate(self.rows):
            top = i * h
            out.append(QRectF(0, top, min(self.width(), fm.horizontalAdvance(label) + 2), fm.height()))
            width = fm.horizontalAdvance(self.count_text(n, p)) + 2
            out.append(QRectF(self.width() - self._count_width() + 4, top + fm.height() + 1, width, fm.height()))
        return out

    def paintEvent(self, event) -> None:
        if not self.rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal, fm, h = self.palette(), self.fontMetrics(), self._row_height()
        text, accent = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight)
        track = pal.color(QPalette.ColorRole.Mid)
        bar_h = max(8, fm.height() * 0.7)
        count_w = self._count_width()
        for i, (label, n, percent) in enumerate(self.rows):
            top = i * h
            p.setPen(text)
            p.drawText(QRectF(0, top, self.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, self.width()))
            y = top + fm.height() + 4
            full = QRectF(0, y, max(10, self.width() - count_w), bar_h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(full, bar_h / 2, bar_h / 2)
            if n and self.total:
                p.setBrush(accent)
                p.drawRoundedRect(QRectF(full.left(), y, max(bar_h, full.width() * n / self.total), bar_h),
                                  bar_h / 2, bar_h / 2)
            p.setPen(text)
            p.drawText(QRectF(full.right() + 8, y - fm.height(), count_w, bar_h + 2 * fm.height()),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.count_text(n, percent))
        p.end()


class GroupPage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("groupPage")
        self._session, self._dialogs, self._prefs = services.session, services.dialogs, services.prefs
        self._exercises_source, self._group = services.exercises, None
        self.picture = None  # domain.group.Picture, as last read
        self.standing = None  # services.group.Standing of the open profile, or None
        self._said = ""  # what happened when adding (shown under the button)

        self.title, self.intro = heading(), paragraph()
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)
        frame, box = card()
        self.picture_card = frame
        self.needed, self.threshold = heading("subheading"), paragraph()
        self.contributors = paragraph()
        self.lean_title, self.lean_bars = heading("subheading"), CountBars()
        self.pattern_title, self.pattern_bars = heading("subheading"), CountBars()
        self.no_pattern, self.pattern_note = paragraph(), paragraph()
        for w in (self.needed, self.threshold, self.contributors, self.lean_title, self.lean_bars,
                  self.pattern_title, self.pattern_bars, self.no_pattern, self.pattern_note):
            box.addWidget(w)
        self.body.addWidget(frame)

        frame, box = card()
        self.add_card = frame
        self.add_title, self.add_intro, self.add_what = heading("subheading"), paragraph(), paragraph()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_mine)
        self.add_status = paragraph()
        for w in (self.add_title, self.add_intro, self.add_what):
            box.addWidget(w)
        button_row(box, self.add_button)
        box.addWidget(self.add_status)
        self.body.addWidget(frame)

        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.back)
        # Top-aligned by a stretch, not by the layout's alignment: an aligned layout gets only the
        # height its size hint has at its widest, and at 200 % text the bars were squeezed.
        self.body.setAlignment(Qt.AlignmentFlag(0))
        self.body.addStretch(1)
        self._session.locking.connect(self.clear_private)
        self._session.changed.connect(self._session_changed)
        self.retranslate()

    # Services ------------------------------------------------------------------------------
    @property
    def exercises(self):
        source = self._exercises_source
        return source() if callable(source) else source

    @property
    def group(self):
        if self._group is None:
            from erfenis_desktop.services.group import GroupService

            self._group = GroupService(self._session.vault, self.exercises)
        return self._group

    def _t(self, name: str, key: str) -> str:
        return self.exercises.text(self._prefs.language, name, key).strip()

    def focus_target(self):
        return self.add_button if self.add_button.isVisible() and self.add_button.isEnabled() else self.back

    # Reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the picture again (and what the open profile may do), and show it."""
        from erfenis_desktop.services.store import StorageError

        try:
            self.picture = self.group.picture()
        except StorageError:
            self.picture = None
        u = self._session.current
        self.standing = None
        if u is not None and not u.is_locked:
            from erfenis_desktop.services.unlocked import ProfileError

            try:
                self.standing = self.group.standing(u, self._prefs.language)
            except (ProfileError, StorageError):
                self.standing = None
        self._render()

    def _session_changed(self) -> None:
        """Someone unlocked or locked: read again when on screen (else when next shown, so an
        unlock elsewhere never waits for this page to read anyone's results)."""
        if self.isVisible():
            self.refresh()
        else:
            self.standing = None
            self._render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def clear_private(self) -> None:
        """At a lock: nothing of the person stays (the room's picture holds nobody and stays)."""
        self.standing, self._said = None, ""
        self.add_status.clear()
        self._render()

    # Adding ----------------------------------------------------------------------------------
    def _what_you_add(self, contribution) -> str:
        from erfenis_desktop.domain import group

        lean = {group.CLOSER: self._t("patterns", "results.axis_pursue"),
                group.BACK: self._t("patterns", "results.axis_withdraw"),
                group.MIDDLE: self._t("group", "room.middle"),
                group.UNCLEAR: self._t("group", "room.unclear")}[contribution.lean]
        patterns = [self._t("patterns", f"scales.{p}.name") for p in contribution.patterns]
        if patterns:
            return fill(self.tr("From your results, one is added to: %1; and to: %2."), lean, "; ".join(patterns))
        return fill(self.tr("From your results, one is added to: %1; and to: no pattern stands out strongly."),
                    lean)

    def add_mine(self) -> None:
        from erfenis_desktop.services.group import READY
        from erfenis_desktop.services.store import StorageError
        from erfenis_desktop.services.unlocked import ProfileError

        from ..common.announce import announce
        from ..common.messages import failure_text

        u = self._session.current
        if u is None or u.is_locked:
            return
        self.refresh()
        if self.standing is None or self.standing.state != READY:
            return
        text = "\n\n".join((self._t("group", "add.what"), self._what_you_add(self.standing.contribution)))
        choice = self._dialogs.ask(self, self.tr("Add your results to the group picture?"), text,
                                   [("add", self.tr("Add my results")), ("cancel", self.tr("Not now"))], "cancel")
        if choice != "add" or self._session.current is not u or u.is_locked:
            return
        try:
            self.group.add(u, self._prefs.language)
            self._said = self._t("group", "add.added")
        except ProfileError as exc:
            self._said = {"group_added": self._t("group", "add.added"),
                          "group_no_results": self._t("group", "add.no_results"),
                          "group_reset": self.tr("The group picture was emptied just now, so nothing was added. "
                                                 "You can add your results again.")}.get(
                exc.code, self.tr("Your results could not be added. Nothing was added."))
        except StorageError as exc:
            self._said = failure_text(exc)
        self.refresh()
        self.add_status.setText(self._said)
        if not self.add_button.isVisible():  # the button is gone: focus stays on the page
            self.back.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.add_status, self._said)

    # Showing ---------------------------------------------------------------------------------
    def _render(self) -> None:
        from erfenis_desktop.domain import group
        from erfenis_desktop.services.group import ADDED, NO_RESULTS, NOT_FOR_FACILITATOR, READY

        picture = self.picture
        shown = picture is not None and picture.shown
        # Hidden: no count anywhere, not even in a hidden label or a description.
        if picture is not None and not shown:
            self.needed.setText(self.tr("%n more needed", "", picture.needed))
        else:
            self.needed.clear()
        self.needed.setVisible(not shown)
        self.threshold.setVisible(not shown)
        for w in (self.contributors, self.lean_title, self.lean_bars, self.pattern_title, self.pattern_bars,
                  self.no_pattern, self.pattern_note):
            w.setVisible(shown)
        if not shown:
            self.contributors.clear()
            self.no_pattern.clear()
            self.lean_bars.set_rows([], 0)
            self.pattern_bars.set_rows([], 0)
            self.lean_bars.setAccessibleName("")
            self.pattern_bars.setAccessibleName("")
        else:
            total = picture.contributors
            self.contributors.setText(self.tr("%n people added their results.", "", total))
            lean_names = {group.CLOSER: self._t("patterns", "results.axis_pursue"),
                          group.MIDDLE: self._t("group", "room.middle"),
                          group.BACK: self._t("patterns", "results.axis_withdraw"),
                          group.UNCLEAR: self._t("group", "room.unclear")}
            self.lean_bars.set_rows([(lean_names[s.key], s.count, s.percent) for s in picture.leans], total)
            self.pattern_bars.set_rows([(self._t("patterns", f"scales.{s.key}.name"), s.count, s.percent)
                                        for s in picture.patterns], total)
            self.lean_bars.setAccessibleName(self.lean_title.text())
            self.pattern_bars.setAccessibleName(self.pattern_title.text())
            none = picture.no_pattern
            self.no_pattern.setText(fill(self.tr("No pattern stands out strongly: %1"),
                                         self.lean_bars.count_text(none.count, none.percent)))

        standing = self.standing
        state = standing.state if standing is not None else None
        unlocked = self._session.current is not None and not self._session.current.is_locked
        self.add_card.setVisible(state != NOT_FOR_FACILITATOR)
        self.add_intro.setVisible(state == READY)
        self.add_what.setVisible(state == READY)
        self.add_button.setVisible(state == READY)
        if state == ADDED:
            status = self._said or self._t("group", "add.added")
        elif state == NO_RESULTS:
            status = self._t("group", "add.no_results")
        elif state == READY:
            status = self._said
        else:
            status = self._said if unlocked else self._t("group", "room.locked")
        self.add_status.setText(status)
        self.add_status.setVisible(bool(status))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Group picture"))
        self.intro.setText(self._t("group", "room.intro"))
        self.threshold.setText(self._t("group", "room.threshold"))
        self.lean_title.setText(self._t("patterns", "results.axis_title"))
        self.pattern_title.setText(self.tr("Patterns from childhood"))
        self.pattern_note.setText(self._t("group", "room.patterns_note"))
        self.add_title.setText(self.tr("Your own results"))
        self.add_intro.setText(self._t("group", "add.intro"))
        self.add_what.setText(self._t("group", "add.what"))
        self.add_button.setText(self.tr("&Add my results to the group picture"))
        self.add_button.setAccessibleName(self.tr("Add my results to the group picture"))
        self.back.setText(self.tr("&Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self._render()


def show_group_page(window, services: GroupServices | None = None) -> GroupPage:
    """Open the group picture in the main window's stack of pages (made the first time, read
    again every time it is shown). Its Back leads home. ``services``: by default the window's own."""
    page = window.pages.findChild(GroupPage)
    if page is None:
        mode = getattr(window, "workshop", None)  # ui/workshop/mode.py's WorkshopServices fit as they are
        if services is None and mode is not None and getattr(mode, "services", None) is not None:
            services = mode.services
        if services is None:
            flow = window.profiles
            services = GroupServices(window._session, window._dialogs, window._prefs, lambda: flow.exercises)
        page = GroupPage(services)
        window.pages.addWidget(page)
        page.backRequested.connect(window.show_home)
    window.pages.setCurrentWidget(page)
    page.refresh()
    return page


def reset_group_picture(parent: QWidget, services: GroupServices) -> bool:
    """The facilitator's "Reset the group picture" (the integrator wires the button): asks
    first, through ui/common/dialogs.py, then empties every count. True when the picture was emptied.
    Only an unlocked facilitator can (services/group.py refuses anyone else)."""
    from PySide6.QtCore import QCoreApplication

    from erfenis_desktop.services.group import GroupService
    from erfenis_desktop.services.store import StorageError
    from erfenis_desktop.services.unlocked import ProfileError

    from ..common.messages import failure_text

    u = services.session.current
    if u is None or u.is_locked:
        return False
    choice = services.dialogs.ask(
        parent, QCoreApplication.translate("GroupPage", "Reset the group picture"),
        QCoreApplication.translate("GroupPage", "Empty the group picture? Every count goes, for everyone, and "
                                   "this cannot be undone. Afterwards everyone can add their results again."),
        [("reset", QCoreApplication.translate("GroupPage", "Empty the picture")),
         ("cancel", QCoreApplication.translate("GroupPage", "Cancel"))], "cancel")
    if choice != "reset" or services.session.current is not u or u.is_locked:
        return False
    exercises = services.exercises() if callable(services.exercises) else services.exercises
    try:
        GroupService(services.session.vault, exercises).reset(u)
    except ProfileError:
        services.dialogs.warn(parent, QCoreApplication.translate("GroupPage", "Reset the group picture"),
                              QCoreApplication.translate("GroupPage",
                                                         "Only the facilitator can empty the group picture."))
        return False
    except StorageError as exc:
        services.dialogs.warn(parent, QCoreApplication.translate("GroupPage", "Reset the group picture"),
                              failure_text(exc))
        return False
    page = parent.window().findChild(GroupPage) if parent is not None else None
    if page is not None:
        page.refresh()
    return True
