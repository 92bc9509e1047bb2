"""What the take-home windows say: a refused file, what a file holds, what an import did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from erfenis_desktop.services.transfer import (
    ADDED,
    DIVERGED,
    OLDER,
    OTHER,
    SAME,
    UPDATED,
    ExportSummary,
    ImportResult,
)

from ..common.messages import password_only_text
from ..common.widgets import fill


class TakeHomeTexts(QObject):
    """Texts with a number in them (plural forms go through ``self.tr`` in a class)."""

    def texts(self, n: int) -> str:
        return self.tr("%n text(s) and answer(s)", "", n)

    def shared(self, n: int) -> str:
        return self.tr("your link as a couple, and %n text(s) shared with your partner", "", n)


def holds_lines(summary: ExportSummary) -> list[str]:
    """What a file of ``summary`` holds, one line each, for the confirmation."""
    t = TakeHomeTexts()
    lines = [fill(QCoreApplication.translate("TakeHome", "Whose work: %1"), " & ".join(summary.names)),
             t.texts(summary.items) + " " + QCoreApplication.translate("TakeHome",
                                                "(everything written in Erfenis, in every exercise)")]
    if summary.linked:
        lines.append(t.shared(summary.shared))
    lines.append(QCoreApplication.translate("TakeHome",
                     "the key that opens it, locked with the file’s password: without that password, nobody "
                     "can read the file"))
    return lines


def result_text(result: ImportResult) -> str:
    """What an import did, per profile, in plain words."""
    parts = []
    for p in result.profiles:
        name = p.name
        if p.outcome == ADDED:
            text = fill(QCoreApplication.translate("TakeHome",
                            "%1 is now in this Erfenis. Unlock it with the password of the file."), name)
            if p.renamed_from:
                text += " " + fill(QCoreApplication.translate("TakeHome",
                                       "There already was a profile called ‘%1’ here, so this one is called "
                                       "‘%2’. You can change the name under Your profile."), p.renamed_from, name)
            if p.password_only:  # this computer's keyring could not be used: its password alone protects it
                text += " " + password_only_text()
            if p.new_code_at_unlock:
                text += " " + QCoreApplication.translate("TakeHome",
                                  "At the first unlock Erfenis shows you a new recovery code: write it down "
                                  "or print it.")
        elif p.outcome == UPDATED:
            text = fill(QCoreApplication.translate("TakeHome",
                            "%1 was brought up to date with the newer work in the file. The password you use on "
                            "this computer stays the same."), name)
        elif p.outcome == SAME:
            text = fill(QCoreApplication.translate("TakeHome",
                            "%1 was already here exactly like this. Nothing was added."), name)
        elif p.outcome == OLDER:
            text = fill(QCoreApplication.translate("TakeHome",
                            "%1 is here already, with newer work than in this file. The file is older, so it was "
                            "not imported: nothing was changed."), name)
        elif p.outcome == DIVERGED:
            text = fill(QCoreApplication.translate("TakeHome",
                            "%1 is here already, and was changed here as well as in the file. Erfenis does not "
                            "mix the two or overwrite one with the other, so nothing was changed."), name)
        elif p.outcome == OTHER:
            text = fill(QCoreApplication.translate("TakeHome",
                            "There is a profile here that Erfenis cannot tell apart from the one in this file "
                            "(%1), but it is not provably the same one (for example, its protection was renewed "
                            "since). Nothing was changed."), name)
        else:
            continue
        if p.outcome in (ADDED, UPDATED) and p.linked:
            text += " " + QCoreApplication.translate("TakeHome",
                              "The link with the partner is back, with what you shared.")
        elif p.outcome in (ADDED, UPDATED) and p.waiting_for_partner:
            text += " " + QCoreApplication.translate("TakeHome",
                              "Once your partner brings their own file into this Erfenis too, your link and what "
                              "you shared come back.")
        parts.append(text)
    return "\n\n".join(parts)
