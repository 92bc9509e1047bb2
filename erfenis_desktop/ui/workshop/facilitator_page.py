"""The facilitator's home: the workshop's name and date, the participants and couples, the
programme and presenter (ui/workshop/programme_page.py, when installed), "Wipe participants"
at the end of the day, and the facilitator's guide. Nothing here can show a participant's
writing: the facilitator's keys open none of it (services/workshop.py)."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QPushButton

from erfenis_desktop.services.workshop_wipe import WipeReport, WipeService

from ..common.busy import BusyWork, busy_bar
from ..common.fields import PasswordField
from ..common.widgets import (
    FormLabel,
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    contact_cards,
    fill,
    fill_contacts,
    heading,
    paragraph,
)

PROGRAMME_MODULE = "erfenis_desktop.ui.workshop.programme_page"


def programme_available() -> bool:
    """Whether ProgrammePage is installed (it is written separately: issue 13, section 1)."""
    try:
        return importlib.util.find_spec(PROGRAMME_MODULE) is not None
    except (ImportError, ValueError):
        return False


class FacilitatorPage(Retranslating, ReadingColumn):
    def __init__(self, services, parent=None):
        super().__init__(max_width_chars=90, parent=parent)
        self._services = services
        self._session, self._workshop, self._prefs = services.session, services.workshop, services.prefs
        self._dialogs, self._window = services.dialogs, services.window
        self._programme = None
        self.setObjectName("facilitatorPage")
        self.title = heading()
        self.day = heading("subheading")
        self.body.addWidget(self.title)
        self.body.addWidget(self.day)
        # The programme and the presenter (another page, when it is there).
        self.programme_button = QPushButton()
        self.programme_button.clicked.connect(self.open_programme)
        # The group picture: shown to the room, emptied by the facilitator (ui/workshop/group_page.py).
        self.group_button, self.group_reset_button = QPushButton(), QPushButton()
        self.group_button.clicked.connect(self.open_group_picture)
        self.group_reset_button.clicked.connect(self.reset_group_picture)
        button_row(self.body, self.programme_button, self.group_button, self.group_reset_button)
        # Who is here.
        self.people_title = heading("subheading")
        self.people_count = paragraph()
        self.people = paragraph()
        for w in (self.people_title, self.people_count, self.people):
            self.body.addWidget(w)
        # The end of the day.
        frame, box = card()
        self.wipe_title = heading("subheading")
        self.wipe_explain = paragraph()
        self.password = PasswordField()
        self.password.returnPressed.connect(self.wipe)
        self.password_label = FormLabel()
        self.password_label.setBuddy(self.password.edit)
        self.password_label.setWordWrap(True)
        self.wipe_button = QPushButton()
        self.wipe_button.setObjectName("destructive")
        self.wipe_button.clicked.connect(self.wipe)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.message.hide()
        self.busy = busy_bar()
        self.report = paragraph()
        self.report.hide()
        for w in (self.wipe_title, self.wipe_explain, self.password_label, self.password):
            box.addWidget(w)
        button_row(box, self.wipe_button)
        for w in (self.message, self.busy, self.report):
            box.addWidget(w)
        self.body.addWidget(frame)
        self.work = BusyWork(self._session, self.busy, self.wipe_button, self._say, self._wiped, self._failed, self)
        # The guide.
        self.guide_title = heading("subheading")
        self.guide_intro = paragraph()
        self.body.addWidget(self.guide_title)
        self.body.addWidget(self.guide_intro)
        sections = self._text("guide.sections")
        self.sections = []
        for _ in sections:
            title, text = heading("subheading"), paragraph()
            self.body.addWidget(title)
            self.body.addWidget(text)
            self.sections.append((title, text))
        self.not_for_title = heading("subheading")
        self.not_for = paragraph()
        self.refer = paragraph()
        for w in (self.not_for_title, self.not_for, self.refer):
            self.body.addWidget(w)
        self.contacts = contact_cards(self.body, len(self._text("not_for.contacts")))
        self.body.addStretch(1)
        self._session.locking.connect(self.clear_private)
        self.retranslate()

    def _text(self, key: str):
        return self._prefs.text("workshop", key)

    def focus_target(self):
        return self.programme_button if self.programme_button.isEnabled() else self.wipe_button

    def open(self) -> None:
        """Shown (again): who is here now."""
        self.retranslate()

    # The programme -------------------------------------------------------------------------------
    def open_programme(self) -> None:
        """Integration point: ``ProgrammePage(services, parent=None)`` from ui/workshop/programme_page.py,
        with ``services`` a :class:`ui.workshop.mode.WorkshopServices` (session, workshop, prefs,
        dialogs, exercises, window). Made once, put among the window's pages; its ``backRequested``
        (when it has one) leads back here."""
        if self._programme is None:
            try:
                module = importlib.import_module(PROGRAMME_MODULE)
                self._programme = module.ProgrammePage(self._services, parent=None)
            except Exception:
                logging.getLogger("erfenis").exception("the programme page could not be opened")
                self._dialogs.warn(self._window, self.tr("Programme and presenter"),
                                   self.tr("The programme and presenter are not available in this version of Erfenis."))
                return
            self._window.pages.addWidget(self._programme)
            back = getattr(self._programme, "backRequested", None)
            if back is not None:
                back.connect(lambda: self._window.pages.setCurrentWidget(self))
        self._window.pages.setCurrentWidget(self._programme)

    # The wipe ---------------------------------------------------------------------------------------
    # The group picture ---------------------------------------------------------------------------
    def open_group_picture(self) -> None:
        from .group_page import show_group_page

        show_group_page(self._window)

    def reset_group_picture(self) -> None:
        from .group_page import reset_group_picture

        if reset_group_picture(self, self._services):
            self._say(self.tr("The group picture is empty again."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def wipe(self) -> None:
        if self.work.running or not self._session.is_unlocked:
            return
        count = len(self._workshop.participants())
        if not self.password.text():
            self._say(self.tr("Type your password first: it is asked again before anyone is wiped."))
            self.password.setFocus()
            return
        answer = self._dialogs.ask(
            self._window, self.tr("Wipe participants?"),
            self.tr("%n participant(s) and everything they wrote, shared or linked will be removed from this "
                    "laptop, with every copy Erfenis keeps of the workshop folder. This cannot be undone. Your "
                    "profile and your programmes stay.\n\nHas everyone taken their work home?", "", count),
            [("wipe", self.tr("&Wipe participants")), ("cancel", self.tr("Cancel"))], "cancel")
        if answer != "wipe":
            self.password.clear()
            return
        from erfenis_desktop.services.unlocked import ProfileError

        try:
            job = WipeService(self._session.vault).wipe_job(self._session.current.profile.uuid, self.password.text())
        except ProfileError as error:
            self._failed(error)
            return
        self.password.clear()
        self.report.hide()
        self.work.start(job)

    def _failed(self, error) -> None:
        from ..common.messages import error_text

        self._say(error_text(error))
        self.password.setFocus()

    def _wiped(self, report: WipeReport) -> None:
        self.report.setText(self.report_text(report))
        self.report.setObjectName("" if report.ok else "inlineMessage")
        self.report.style().unpolish(self.report)
        self.report.style().polish(self.report)
        self.report.show()
        mode = getattr(self._window, "workshop", None)
        if mode is not None:
            mode.workshop_changed()
        self.retranslate()
        title = self.tr("Participants wiped") if report.ok else self.tr("Something of the participants is left")
        self._dialogs.inform(self._window, title, self.report.text())
        self.ensureWidgetVisible(self.report)

    def report_text(self, report: WipeReport) -> str:
        lines = [self.tr("Removed: %n participant(s) with everything of theirs.", "", report.removed_profiles),
                 self.tr("Copies Erfenis kept of the workshop folder, removed: %n.", "", report.removed_copies),
                 self.tr("The database was compacted.") if report.compacted else
                 self.tr("The database could not be compacted yet (is the disk full?). Try the wipe again.")]
        lines.append(self.tr("Checked %n file(s) in the workshop folder:", "", len(report.files)))
        locale = QLocale()
        lines += [f"  {name} ({locale.formattedDataSize(size)})" for name, size in report.files]
        lines.append(self.tr("Searched every file for %n participant name(s), in UTF-8 and UTF-16,", "",
                             report.names_checked))
        lines.append(self.tr("and for %n piece(s) of their encrypted writing.", "", report.values_checked))
        if report.names_too_short:
            lines.append(self.tr("%n name(s) of one or two letters cannot be searched for reliably; they went with "
                                 "their profiles.", "", report.names_too_short))
        if report.ok:
            lines.append(self.tr("Result: nothing of the participants was found."))
        else:
            what = {"name": self.tr("a participant’s name"), "writing": self.tr("a participant’s encrypted writing"),
                    "unreadable": self.tr("a file that could not be read")}
            lines.append(self.tr("Result: not everything is gone. Found:"))
            found_in = self.tr("%1 in %2")  # what was found, in which file
            lines += ["  " + fill(found_in, what.get(kind, kind), name) for name, kind in report.found]
        return "\n".join(lines)

    def clear_private(self) -> None:
        """At a lock: the password typed for the wipe goes, and so does the report; the names of
        the people here are said again when the facilitator is back (``open``)."""
        self.work.cancel()
        self.people.clear()
        self.people_count.clear()
        self.password.clear()
        self._say("")
        self.report.clear()
        self.report.hide()

    # Texts -------------------------------------------------------------------------------------------
    def _people_text(self) -> tuple[str, str]:
        groups = self._workshop.groups()
        people = sum(len(g.people) for g in groups)
        couples = sum(1 for g in groups if len(g.people) == 2)
        count = self.tr("%n participant(s)", "", people) + ", " + self.tr("%n couple(s)", "", couples)
        lines = []
        pairs = [" & ".join(g.names) for g in groups if len(g.people) == 2]
        alone = [g.names[0] for g in groups if len(g.people) == 1]
        if pairs:
            lines.append(fill(self.tr("Couples: %1"), "; ".join(pairs)))
        if alone:
            lines.append(fill(self.tr("On their own: %1"), ", ".join(alone)))
        return (count if people else ""), "\n".join(lines)

    def retranslate(self) -> None:
        name, day = self._workshop.info()
        self.title.setText(fill(self.tr("Workshop: %1"), name) if name else self.tr("Workshop"))
        date = QDate.fromString(day, "yyyy-MM-dd")
        self.day.setText(QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else day)
        self.day.setVisible(bool(day))
        self.group_button.setText(self.tr("&Group picture"))
        self.group_button.setAccessibleName(self.tr("Show the group picture"))
        self.group_reset_button.setText(self.tr("&Reset the group picture…"))
        self.programme_button.setText(self.tr("&Programme and presenter"))
        self.programme_button.setAccessibleName(self.tr("Programme and presenter"))
        available = programme_available()
        self.programme_button.setEnabled(available)
        self.programme_button.setToolTip("" if available else self.tr("Not available in this version of Erfenis."))
        self.people_title.setText(self.tr("Participants and couples"))
        count, people = self._people_text()
        self.people_count.setText(count)
        self.people_count.setVisible(bool(count))
        self.people.setText(people or self.tr("No one has joined yet."))
        self.wipe_title.setText(self.tr("End of the day: wipe participants"))
        self.wipe_explain.setText(self._text("wipe.explain").strip())
        self.password_label.setText(self.tr("Your passwor&d, to confirm"))
        self.password.setAccessibleName(self.tr("Your password, to confirm the wipe"))
        self.wipe_button.setText(self.tr("&Wipe participants…"))
        self.wipe_button.setAccessibleName(self.tr("Wipe participants"))
        self.guide_title.setText(self._text("guide.title"))
        self.guide_intro.setText(self._text("guide.intro").strip())
        for (title, text), section in zip(self.sections, self._text("guide.sections")):
            title.setText(section["title"])
            text.setText(section["body"].strip())
        self.not_for_title.setText(self._text("not_for.title"))
        self.not_for.setText(self._text("not_for.body").strip())
        self.refer.setText(self._text("not_for.refer"))
        fill_contacts(self.contacts, self._text("not_for.contacts"))
        self.setAccessibleName(self.title.text())
