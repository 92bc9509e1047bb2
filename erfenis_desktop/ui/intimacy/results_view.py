"""The intimacy check's results: the six areas as a chart, per area what it means and two or
three small next steps for this week (linked to Erfenis's own exercises), earlier times
compared per area, sharing by choice, the report as PDF, and where to find help."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from erfenis_desktop.domain import intimacy as rules
from erfenis_desktop.services.intimacy import IntimacyService, Take

from ..common.widgets import (
    ReadingColumn,
    Retranslating,
    button_row,
    card,
    clear_layout,
    contact_cards,
    fill,
    fill_contacts,
    for_button,
    heading,
    paragraph,
)
from .chart import AreaBars


class ResultsView(Retranslating, ReadingColumn):
    retakeRequested = Signal()
    compareRequested = Signal()
    reportRequested = Signal()
    linkRequested = Signal(str, str)  # kind, target (domain/intimacy.py LINK_KINDS)
    helpRequested = Signal()
    backRequested = Signal()

    def __init__(self, session, service: IntimacyService, prefs, parent=None):
        super().__init__(parent=parent)
        self.setObjectName("intimacyResults")
        self._session, self._service, self._prefs = session, service, prefs
        self.takes: list[Take] = []
        self.shared: dict[str, str] = {}
        self.linked = False
        self.title, self.mirror, self.when = heading(), paragraph(), paragraph()
        for w in (self.title, self.mirror, self.when):
            self.body.addWidget(w)
        row = QHBoxLayout()
        self.compare_label, self.compare = QLabel(), QComboBox()
        self.compare_label.setBuddy(self.compare)
        self.compare.currentIndexChanged.connect(lambda _i: self._render())
        row.addWidget(self.compare_label)
        row.addWidget(self.compare, 1)
        self.body.addLayout(row)
        self.legend = paragraph()
        self.body.addWidget(self.legend)
        self.chart = AreaBars()
        self.body.addWidget(self.chart)
        self.steps_intro = paragraph()
        self.body.addWidget(self.steps_intro)
        self.areas_frame = QWidget()  # a card per area, made again at each render
        self.areas_box = QVBoxLayout(self.areas_frame)
        self.areas_box.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.areas_frame)
        self.message = paragraph()
        self.message.setObjectName("inlineMessage")
        self.body.addWidget(self.message)
        self.share_text, self.share = paragraph(), QPushButton()
        self.share.clicked.connect(self.toggle_share)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compareRequested)
        self.body.addWidget(self.share_text)
        button_row(self.body, self.share, self.compare_button)
        self.retake_text = paragraph()
        self.body.addWidget(self.retake_text)
        self.pdf_button, self.retake = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(self.reportRequested)
        self.retake.clicked.connect(self.retakeRequested)
        button_row(self.body, self.pdf_button, self.retake)
        self.help_title, self.help_body = heading("subheading"), paragraph()
        self.body.addWidget(self.help_title)
        self.body.addWidget(self.help_body)
        self.contacts = contact_cards(self.body, len(self._t("help.contacts")))
        self.help_button, self.back = QPushButton(), QPushButton()
        self.help_button.clicked.connect(self.helpRequested)
        self.back.clicked.connect(self.backRequested)
        button_row(self.body, self.help_button, self.back)
        self.link_buttons: list[QPushButton] = []
        self.retranslate()

    def open(self) -> None:
        u = self._session.current
        self.takes = self._service.finished(u) if u else []
        self.message.clear()
        self._load_shared()
        self.retranslate()

    def focus_target(self):
        return self.compare if self.compare.isEnabled() else self.pdf_button

    # Sharing ----------------------------------------------------------------------------------
    def _load_shared(self) -> None:
        shared = self._service.sharing(self._session.current) if self.takes else None
        self.linked, self.shared = shared is not None, shared or {}

    def latest_shared(self) -> bool:
        return bool(self.takes) and self.takes[-1].uuid in self.shared

    def toggle_share(self) -> None:
        from erfenis_desktop.services.store import StorageError
        from erfenis_desktop.services.vault import ProfileError

        from ..common.messages import error_text, failure_text

        u = self._session.current
        if not self.takes or u is None:
            return
        try:
            if self.latest_shared():
                self._service.unshare(u, self.takes[-1])
                self.message.setText(self.tr("No longer shared. Your partner cannot open it any more; what they "
                                             "already read, they have seen."))
            else:
                self._service.share(u, self.takes[-1])
                self.message.setText(self.tr("Shared with your partner."))
        except ProfileError as exc:
            self.message.setText(error_text(exc))
        except StorageError as exc:
            self.message.setText(failure_text(exc))
        self._load_shared()
        self.retranslate()

    # Showing ------------------------------------------------------------------------------------
    def _t(self, key: str):
        return self._prefs.text("intimacy", key)

    def _date(self, iso: str) -> str:
        return QLocale().toString(QDateTime.fromString(iso, Qt.DateFormat.ISODate).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)

    def results(self):
        """(current, earlier or None) results of the areas, as shown now."""
        lang = self._prefs.language
        if not self.takes:
            return None, None
        current = self._service.result(self.takes[-1], lang)
        chosen = self.compare.currentData()
        earlier = self._service.result(self.takes[chosen], lang) if isinstance(chosen, int) else None
        return current, earlier

    def link_label(self, kind: str, target: str) -> str:
        """What a next step's button says: where it leads, by the exercise's own name."""
        from erfenis_desktop.services.practice import Practice

        lang = self._prefs.language
        if kind == "card":
            found = Practice(self._service.exercises).deck(lang).card(target)
            return fill(self.tr("Step 2 card: %1"), found.title if found else target)
        if kind == "group":
            return fill(self.tr("Step 2: %1"), self._prefs.text("practice", f"step2.groups.{target}.title"))
        if kind == "cycle":
            return self._prefs.text("cycle_map", "intro.title")
        return self.tr("Answer it together")

    def _render(self) -> None:
        clear_layout(self.areas_box)
        self.link_buttons = []
        current, earlier = self.results()
        if current is None:
            self.when.setText(self.tr("You have not finished the intimacy check yet."))
            self.chart.set_rows([], "")
            self.areas_frame.hide()
            return
        self.areas_frame.show()
        self.when.setText(fill(self.tr("Filled in on %1."), self._date(self.takes[-1].finished)))
        check = self._service.check(self._prefs.language)
        bands, missing = self._t("bands"), self._t("results.not_enough")
        earlier_date = self.compare.currentText() if earlier else ""
        self.chart.set_rows([(a.name, current[a.id].score, bands.get(current[a.id].band or "", ""),
                              earlier[a.id].score if earlier else None) for a in check.areas], missing, earlier_date)
        self.legend.setVisible(earlier is not None)
        for area in check.areas:
            result = current[area.id]
            frame, box = card()
            self.areas_box.addWidget(frame)
            name = heading("subheading")
            name.setText(area.name)
            box.addWidget(name)
            score = paragraph()
            score.setText(fill(self.tr("%1 / 100 · %2"), str(result.score), bands[result.band])
                          if result.score is not None else missing)
            box.addWidget(score)
            meaning = paragraph()
            meaning.setText(area.meaning)
            box.addWidget(meaning)
            moved = rules.change(result, earlier[area.id]) if earlier else None
            if earlier is not None:
                then = earlier[area.id].score
                before = paragraph()
                if then is None:
                    before.setText(fill(self.tr("On %1: %2"), earlier_date, missing))
                elif moved is None:
                    before.setText(fill(self.tr("On %1: %2 / 100"), earlier_date, str(then)))
                else:
                    before.setText(fill(self.tr("On %1: %2 / 100 (%3)"), earlier_date, str(then), self._moved(moved)))
                box.addWidget(before)
            if result.band is None:
                why = paragraph()
                why.setText(self._t("results.not_enough_explain"))
                box.addWidget(why)
                continue
            title = QLabel(self.tr("Small steps for this week"))
            title.setStyleSheet("font-weight: bold;")  # bold, and still following the text size
            box.addWidget(title)
            for step in area.steps[result.band]:
                text = paragraph()
                text.setText(f"– {step.text}")
                box.addWidget(text)
                if step.kind:
                    button = QPushButton(for_button(self.link_label(step.kind, step.target)))
                    button.setAccessibleName(fill(self.tr("Open: %1"), self.link_label(step.kind, step.target)))
                    button.clicked.connect(lambda _c=False, k=step.kind, t=step.target: self.linkRequested.emit(k, t))
                    # Straight in the box (a row's layout would outlive clear_layout, its button with it).
                    box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                    self.link_buttons.append(button)

    def _moved(self, moved: int) -> str:
        if moved == 0:
            return self.tr("the same")
        return fill(self.tr("%1 points higher now"), str(moved)) if moved > 0 \
            else fill(self.tr("%1 points lower now"), str(-moved))

    def retranslate(self) -> None:
        self.title.setText(self._t("results.title"))
        self.mirror.setText(self._t("results.mirror"))
        self.compare_label.setText(self.tr("&Compare with"))
        self.compare.setAccessibleName(self.tr("Compare with an earlier time"))
        chosen = self.compare.currentData()
        self.compare.blockSignals(True)
        self.compare.clear()
        earlier = self.takes[:-1]
        self.compare.addItem(self.tr("nothing") if earlier else self.tr("no earlier time yet"), None)
        for i, take in enumerate(earlier):
            self.compare.addItem(self._date(take.finished), i)
        index = self.compare.findData(chosen)
        self.compare.setCurrentIndex(index if index >= 0 and chosen is not None else 0)
        self.compare.blockSignals(False)
        self.compare.setEnabled(bool(earlier))
        self.legend.setText(self.tr("The dashed outline shows the earlier time."))
        self.chart.setAccessibleName(self._t("report.chart_title"))
        self.steps_intro.setText(self._t("results.steps_intro"))
        shared = self.latest_shared()
        for w in (self.share, self.share_text, self.compare_button):
            w.setVisible(self.linked)
        self.share.setText(self.tr("Stop sh&aring") if shared else self.tr("Sh&are with my partner"))
        self.share.setAccessibleName(self.share.text().replace("&", ""))
        self.share_text.setText(self.tr("Your partner can see these results. Side by side shows both, once "
                                        "your partner has shared too.") if shared else
                                self.tr("Only you can see these results. Share them if you want to put your "
                                        "areas side by side with your partner’s."))
        self.compare_button.setText(self.tr("S&ide by side"))
        self.compare_button.setAccessibleName(self.tr("Side by side with your partner"))
        self.retake_text.setText(self._t("results.retake"))
        self.pdf_button.setText(self.tr("Save the report as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.retake.setText(self.tr("Do it a&gain"))
        self.retake.setAccessibleName(self.tr("Do the intimacy check again"))
        self.help_title.setText(self._t("help.title"))
        self.help_body.setText(self._t("help.body").strip())
        fill_contacts(self.contacts, self._t("help.contacts"))
        self.help_button.setText(self.tr("Need help?"))
        self.help_button.setAccessibleName(self.tr("Need help? Where to find support"))
        self.back.setText(self.tr("&Back to the start"))
        self.back.setAccessibleName(self.tr("Back to the start"))
        self.pdf_button.setEnabled(bool(self.takes))
        self.retake.setEnabled(True)
        self._render()

    def clear_private(self) -> None:
        self.takes, self.shared, self.linked = [], {}, False
        self.compare.clear()
        clear_layout(self.areas_box)
        self.link_buttons = []
        self.chart.set_rows([], "")
        self.when.clear()
        self.message.clear()
