"""Before anything leaves Erfenis as a file: one question that says the file will not be
protected, and what will be in it. Every export (the dans, the journal, the recovery code)
asks it, and writes nothing unless the person chooses to go on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .dialogs import Dialogs


def not_protected() -> str:
    return QCoreApplication.translate(
        "Exports", "Once the file is saved, Erfenis can no longer protect it: anyone who can open it can read it.")


def confirm_export(dialogs: Dialogs, parent: QWidget | None, title: str, holds: str, contents: Sequence[str]) -> bool:
    """Ask before saving: ``holds`` says whose writing it is, ``contents`` lists what is in it.
    True only when the person chose to go on."""
    text = f"{not_protected()} {holds}\n\n" + "\n".join(f"• {line}" for line in contents)
    choices = [("save", QCoreApplication.translate("Exports", "Choose where to save…")),
               ("cancel", QCoreApplication.translate("Exports", "Cancel"))]
    choice = dialogs.ask(parent, title, text, choices, "cancel")
    return choice == "save"
