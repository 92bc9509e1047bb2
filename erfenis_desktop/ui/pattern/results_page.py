"""What the pattern mirror shows: a mirror, not a measurement."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from erfenis_desktop.domain.questionnaire import Results, person_key, score, stands_out
from erfenis_desktop.services.exercises import Exercises, Run
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session

from ..common.charts import PursueWithdrawAxis, ScoreBars
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, clear_layout, heading, paragraph


class ResultsPage(Retranslating, ReadingColumn):
    stepOneRequested = Signal()
    helpRequested = Signal()
    retakeRequested = Signal()
    backRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("resultsPage")
        self._session, self._exercises, self._prefs = session, exercises, prefs
        self.runs: list[Run] = []
        self.title, self.mirror = heading(), paragraph()
        self.when = paragraph()
        self.compare_row = QHBoxLayout()
        self.compare_label = QLabel()
        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(lambda _i: self._render())
        self.compare_label.setBuddy(self.compare)
        self.compare_row.addWidget(self.compare_label)
        self.compare_row.addWidget(self.compare, 1)
        self.legend = paragraph()
        self.legend.hide()
        for w in (self.title, self.mirror, self.when):
            self.body.addWidget(w)
        self.body.addLayout(self.compare_row)
        self.body.addWidget(self.legend)
        self.sections = []  # (title label, bars) per group, rebuilt per result
        self.section_host = card()
        self.body.addWidget(self.section_host[0])
        self.axis_title, self.axis_explain = heading("subheading"), paragraph()
        self.axis = PursueWithdrawAxis()
        for w in (self.axis_title, self.axis, self.axis_explain):
            self.body.addWidget(w)
        self.explain_host = card()
        self.body.addWidget(self.explain_host[0])
        self.retake_text = paragraph()
        self.body.addWidget(self.retake_text)
        self.step_one, self.retake, self.back = QPushButton(), QPushButton(), QPushButton()
        self.step_one.clicked.connect(self.stepOneRequested)
        self.retake.clicked.connect(self.retakeRequested)
        self.back.clicked.connect(self.backRequested)
        self.help_button = QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.shared: dict[str, str] = {}  # own private id -> the copy the partner can read
        self.linked = False
        self.share_text = paragraph()
        self.share = QPushButton()
        self.share.clicked.connect(self.toggle_share)
        self.body.addWidget(self.share_text)
        # In a workshop, a participant may add their results to the group picture (counts only;
        # ui/workshop/group_page.py explains what is added before anything is).
        self.group = QPushButton()
        self.group.clicked.connect(self._group_picture)
        self.group.hide()
        self._version = None  # what open() last read at (see there)
        self._drawn_for = None  # the language and colours the results were last drawn in
        button_row(self.body, self.share, self.group)
        button_row(self.body, self.step_one, self.retake)
        button_row(self.body, self.help_button, self.back)
        self.retranslate()

    def open(self) -> None:
        workshop, u = getattr(self._session, "workshop", None), self._session.current
        # Nothing written, shared or linked since the last opening (by either partner), the same
        # language and colours: the page is as it was, without reading, scoring and laying out
        # the results again. (Kept in the widgets only, and cleared at the lock.)
        try:
            version = (self._session.couple.revisions(u), self._prefs.language,
                       self.palette().color(self.palette().ColorRole.Link).rgba()) if u is not None else None
        except Exception:  # noqa: BLE001 - then simply read again
            version = None
        if version is None or version != self._version:
            self._version = version
            shown = (self.runs, self.linked, self.shared, self._drawn_for)
            self.runs = self._exercises.finished_runs(u) if u is not None else []
            self._load_shared()
            # Something else was written (a note): the results read the same, the page stays as drawn.
            self._drawn_for = version[1:] if version is not None else None
            if version is None or shown != (self.runs, self.linked, self.shared, self._drawn_for):
                self.retranslate()
            else:
                self._sharing_texts()  # as drawn, but no failure of before said again
        self.group.setVisible(bool(self.runs) and workshop is not None and u is not None
                              and workshop.is_participant(u.profile.uuid))

    def _group_picture(self) -> None:
        from ..workshop.group_page import show_group_page

        show_group_page(self.window())

    def focus_target(self):
        """Where focus goes on arriving (ui/common/announce.py): comparing, when there is an earlier
        time; else the way on to step 1 (not "Stop sharing", one Space from undoing a share)."""
        return self.compare if self.compare.isEnabled() else self.step_one

    # Sharing with the partner (so both results can be seen side by side) ----------------
    def _together(self):
        from erfenis_desktop.services.together import Together

        return Together(self._session.couple, self._exercises)

    def _load_shared(self) -> None:
        shared = self._together().sharing(self._session.current) if self.runs else None
        self.linked, self.shared = shared is not None, shared or {}

    def toggle_share(self) -> None:
        from erfenis_desktop.services.store import StorageError
        from erfenis_desktop.services.vault import ProfileError

        from ..common.messages import error_text

        u = self._session.current
        if not self.runs or u is None:
            return
        latest = self.runs[-1].uuid
        try:
            if latest in self.shared:
                self._together().unshare(u, self.shared[latest])
            else:
                self._together().share(u, latest)
        except ProfileError as exc:
            self.share_text.setText(error_text(exc))
            return
        except StorageError as exc:
            from ..common.messages import failure_text

            self.share_text.setText(failure_text(exc))
            return
        self._load_shared()
        self.retranslate()

    def _t(self, name: str, key: str):
        return self._exercises.text(self._prefs.language, name, key)

    def _score(self, run: Run) -> Results:
        return score(self._exercises.questionnaire(self._prefs.language), run.parents, run.answers)

    def _date(self, iso: str) -> str:
        return QLocale().toString(QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)

    def _render(self) -> None:
        box, explain = self.section_host[1], self.explain_host[1]
        clear_layout(box)
        clear_layout(explain)
        self.sections = []
        if not self.runs:
            self.when.setText(self.tr("You have not finished the pattern mirror yet."))
            return
        current = self._score(self.runs[-1])
        earlier_index = self.compare.currentData()
        earlier = self._score(self.runs[earlier_index]) if isinstance(earlier_index, int) else None
        self.when.setText(self.tr("Filled in on %1.").replace("%1", self._date(self.runs[-1].finished)))
        name = lambda s: self._t("patterns", f"scales.{s}.name")  # noqa: E731
        missing = self._t("patterns", "results.not_enough")

        def add(title: str, rows) -> None:
            label = heading("subheading")
            label.setText(title)
            bars = ScoreBars()
            bars.set_rows(rows, missing, self.compare.currentText() if earlier else "")  # the earlier time's date
            bars.setAccessibleName(title)
            box.addWidget(label)
            box.addWidget(bars)
            self.sections.append((label, bars))

        earlier_by_person = {person_key(n): s for n, s in earlier.parents} if earlier else {}
        for parent, scores in current.parents:  # compared person by person, by name
            before = earlier_by_person.get(person_key(parent), {})
            add(parent, [(name(s), scores[s], before.get(s)) for s in ("absent", "overprotective")])
        if current.couple is not None:
            before = (earlier.couple or {}) if earlier else {}
            add(self.tr("Your parents together"),
                [(name(s), current.couple[s], before.get(s)) for s in ("unequal", "no_intimacy")])
        add(name("reactieval"), [(self.tr("How much this fits"), current.reactieval,
                                  earlier.reactieval if earlier else None)])
        self.legend.setVisible(earlier is not None)

        self.axis.set_axis(self._t("patterns", "results.axis_withdraw"), self._t("patterns", "results.axis_pursue"),
                           [(self._t("patterns", "results.axis_you"), current.you, None),
                            (self._t("patterns", "results.axis_partner"), current.partner,
                             self.palette().color(self.palette().ColorRole.Link).darker(140))])
        self.axis.setAccessibleName(self._t("patterns", "results.axis_title"))

        standing = []
        for _parent, scores in current.parents:
            standing += [s for s in ("absent", "overprotective") if stands_out(scores[s])]
        if current.couple:
            standing += [s for s in ("unequal", "no_intimacy") if stands_out(current.couple[s])]
        if stands_out(current.reactieval):
            standing.append("reactieval")
        for scale in dict.fromkeys(standing):
            title, text = heading("subheading"), paragraph()
            title.setText(name(scale))
            text.setText(self._t("patterns", f"scales.{scale}.in_love").strip())
            explain.addWidget(title)
            explain.addWidget(text)
        if not standing:
            text = paragraph()
            text.setText(self.tr("No pattern stands out strongly in your answers. Read the descriptions anyway: "
                                 "a softer pattern can still play a part when things get tense."))
            explain.addWidget(text)

    def retranslate(self) -> None:
        self.title.setText(self._t("patterns", "results.title"))
        self.mirror.setText(self._t("patterns", "results.mirror").strip())
        self.compare_label.setText(self.tr("&Compare with"))
        self.compare.setAccessibleName(self.tr("Compare with an earlier time"))
        chosen = self.compare.currentData()
        self.compare.blockSignals(True)
        self.compare.clear()
        earlier_runs = self.runs[:-1]
        self.compare.addItem(self.tr("nothing") if earlier_runs else self.tr("no earlier time yet"), None)
        for i, run in enumerate(earlier_runs):
            self.compare.addItem(self._date(run.finished), i)
        index = self.compare.findData(chosen)
        self.compare.setCurrentIndex(index if index >= 0 and chosen is not None else 0)
        self.compare.blockSignals(False)
        self.compare.setEnabled(bool(earlier_runs))
        self.legend.setText(self.tr("The dashed outline shows the earlier time."))
        self.axis_title.setText(self._t("patterns", "results.axis_title"))
        self.axis_explain.setText(self._t("patterns", "results.axis_explain").strip())
        self.retake_text.setText(self._t("patterns", "results.retake"))
        self.step_one.setText(self.tr("Step &1: See the pattern"))
        self.step_one.setAccessibleName(self._t("patterns", "results.next_step"))
        self.group.setText(self.tr("To the &group picture…"))
        self.group.setAccessibleName(self.tr("To the group picture: add my results, counts only"))
        self.retake.setText(self.tr("&Do it again"))
        self.retake.setAccessibleName(self.tr("Do the pattern mirror again"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self._sharing_texts()
        self._render()

    def _sharing_texts(self) -> None:
        """The share button and the sentence under it, as the sharing is now."""
        shared = bool(self.runs) and self.runs[-1].uuid in self.shared
        self.share.setVisible(self.linked)
        self.share_text.setVisible(self.linked)
        self.share.setText(self.tr("Stop sh&aring") if shared else self.tr("Sh&are with my partner"))
        self.share.setAccessibleName(self.share.text().replace("&", ""))
        self.share_text.setText(self.tr("Your partner can see these results next to theirs, under Together.")
                                if shared else self.tr("Share these results with your partner, so you can put "
                                                       "them side by side under Together."))

    def clear_private(self) -> None:
        self.runs, self.shared, self.linked = [], {}, False
        self._version = self._drawn_for = None
        self.compare.clear()
        clear_layout(self.section_host[1])
        clear_layout(self.explain_host[1])
        self.axis.set_axis("", "", [])
        self.when.clear()
