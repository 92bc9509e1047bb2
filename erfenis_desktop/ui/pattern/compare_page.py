"""Both partners' pattern-check results side by side, once each of them has shared them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from erfenis_desktop.domain.questionnaire import score
from erfenis_desktop.services.exercises import Exercises
from erfenis_desktop.services.preferences import Preferences
from erfenis_desktop.services.session import Session
from erfenis_desktop.services.together import Together
from erfenis_desktop.services.vault import ProfileError

from ..common.charts import PursueWithdrawAxis, ScoreBars
from ..common.messages import error_text
from ..common.widgets import ReadingColumn, Retranslating, button_row, card, clear_layout, heading, paragraph


class ComparePage(Retranslating, ReadingColumn):
    backRequested = Signal()

    def __init__(self, session: Session, exercises: Exercises, prefs: Preferences, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("comparePage")
        self._session, self._exercises, self._prefs = session, exercises, prefs
        self.together = Together(session.couple, exercises)
        self.title, self.intro, self.message = heading(), paragraph(), paragraph()
        for w in (self.title, self.intro, self.message):
            self.body.addWidget(w)
        self.host, self.host_layout = card()
        self.body.addWidget(self.host)
        self.axis_title = heading("subheading")
        self.axis = PursueWithdrawAxis()
        self.body.addWidget(self.axis_title)
        self.body.addWidget(self.axis)
        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.back)
        self.shown: dict[str, object] = {}  # profile uuid -> Results
        self.sections: list = []
        self.retranslate()

    def _t(self, name: str, key: str):
        return self._prefs.text(name, key)

    def open(self) -> None:
        u = self._session.current
        if u is None:
            return
        self.message.clear()
        try:
            runs = self.together.shared_results(u)
        except ProfileError as exc:
            runs = {}
            self.message.setText(error_text(exc))
        q = self._exercises.questionnaire(self._prefs.language)
        self.shown = {uuid: score(q, run.parents, run.answers) for uuid, run in runs.items()}
        self._render()
        self.back.setFocus()

    def _people(self):
        u = self._session.current
        partner = self._session.couple.partner_of(u.profile.uuid)
        people = [u.profile] + ([self._session.vault.profile(partner)] if partner else [])
        return people

    def _clear(self) -> None:
        clear_layout(self.host_layout)
        self.sections = []

    def _render(self) -> None:
        self._clear()
        layout = self.host_layout
        name = lambda s: self._t("patterns", f"scales.{s}.name")  # noqa: E731
        missing = self._t("patterns", "results.not_enough")
        markers = []
        for profile in self._people() if self._session.current else []:
            label = heading("subheading")
            label.setText(profile.name)
            layout.addWidget(label)
            results = self.shown.get(profile.uuid)
            if results is None:
                text = paragraph()
                text.setText(self._t("together", "compare.missing").replace("{name}", profile.name))
                layout.addWidget(text)
                self.sections.append((label, text))
                continue
            rows = []
            for parent, scores in results.parents:
                rows += [(f"{parent}: {name(s)}", scores[s], None) for s in ("absent", "overprotective")]
            if results.couple is not None:
                both = self.tr("Parents together")
                rows += [(f"{both}: {name(s)}", results.couple[s], None) for s in ("unequal", "no_intimacy")]
            rows.append((name("reactieval"), results.reactieval, None))
            bars = ScoreBars()
            bars.set_rows(rows, missing)
            bars.setAccessibleName(self.tr("Results of %1").replace("%1", profile.name))
            layout.addWidget(bars)
            self.sections.append((label, bars))
            markers.append((profile.name, results.you, QColor(profile.colour)))
        self.axis.set_axis(self._t("patterns", "results.axis_withdraw"), self._t("patterns", "results.axis_pursue"),
                           markers)
        self.axis.setVisible(bool(markers))
        self.axis_title.setVisible(bool(markers))

    def clear_private(self) -> None:
        self.shown = {}
        self.axis.set_axis("", "", [])
        self._clear()

    def retranslate(self) -> None:
        self.title.setText(self._t("together", "compare.title"))
        self.setAccessibleName(self.title.text())
        self.intro.setText(self._t("together", "compare.intro"))
        self.axis_title.setText(self._t("patterns", "results.axis_title"))
        self.axis.setAccessibleName(self._t("patterns", "results.axis_title"))
        self.back.setText(self.tr("&Back to Together"))
        self.back.setAccessibleName(self.tr("Back to Together"))
        if self._session.current is not None and (self.shown or self.sections):
            self._render()
