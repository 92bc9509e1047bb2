"""What a ProfileError says to the person, in their language."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

from erfenis_desktop.services.vault import ProfileError


class ProfileMessages(QObject):
    """The texts with a number in them. (Plural forms go through ``self.tr`` in a class: the
    older lupdate tools do not see the plural in ``QCoreApplication.translate``.)"""

    def wait(self, n: int) -> str:
        return self.tr("You can try again in %n second(s).", "", n)

    def name_too_long(self, limit: int) -> str:
        return self.tr("A name can be at most %n character(s) long.", "", limit)

    def password_short(self, minimum: int) -> str:
        return self.tr("A password needs at least %n character(s). A short sentence is easy to remember and hard to guess.", "", minimum)  # noqa: E501 (one literal: lupdate reads it)


def wait_text(seconds: float) -> str:
    return ProfileMessages().wait(max(1, math.ceil(seconds)))


def error_text(error: ProfileError) -> str:
    code, d = error.code, error.details
    if code == "name_empty":
        return QCoreApplication.translate("ProfileMessages", "Please fill in a name.")
    if code == "name_too_long":
        return ProfileMessages().name_too_long(d.get("limit", 40))
    if code == "name_taken":
        return QCoreApplication.translate("ProfileMessages",
                                          "There is already a profile with this name. Choose another name.")
    if code == "name_lookalike":
        return QCoreApplication.translate("ProfileMessages",
                                          "This name looks the same as the name of another profile. Choose a name "
                                          "that is easy to tell apart.")
    if code == "name_control":
        return QCoreApplication.translate("ProfileMessages",
                                          "A name cannot contain control characters, such as a tab or a line "
                                          "break. Type the name again.")
    if code == "name_direction":
        return QCoreApplication.translate("ProfileMessages",
                                          "A name cannot contain characters that change the writing direction. "
                                          "Type the name again.")
    if code == "name_invisible":
        return QCoreApplication.translate("ProfileMessages",
                                          "A name cannot contain invisible characters. Type the name again.")
    if code == "password_short":
        return ProfileMessages().password_short(d.get("minimum", 8))
    if code == "password_blank":
        return QCoreApplication.translate("ProfileMessages",
                                          "A password cannot be only spaces. Choose one with letters, numbers "
                                          "or other signs.")
    if code == "password_control":
        return QCoreApplication.translate("ProfileMessages",
                                          "A password cannot contain control characters, such as a tab or a "
                                          "line break. Type it again.")
    if code == "wrong_password":
        text = QCoreApplication.translate("ProfileMessages", "That password is not right.")
        return text + (" " + wait_text(d["wait"]) if d.get("wait") else "")
    if code == "wait":
        return QCoreApplication.translate("ProfileMessages", "Too many wrong passwords in a row.") + " " + \
            wait_text(d["seconds"])
    if code == "wrong_code":
        return QCoreApplication.translate("ProfileMessages",
                                          "That recovery code does not open this profile. Check the groups and try again.")
    if code == "device_secret_missing":
        return QCoreApplication.translate(
            "ProfileMessages",
            "This computer's extra key for Erfenis is missing (the system keyring was reset, or the data "
            "folder was moved to another computer). Your password alone is not enough now: open the profile "
            "with your recovery code.")
    if code == "keyring_unavailable":
        return QCoreApplication.translate(
            "ProfileMessages",
            "The system keyring cannot be reached right now, and this profile needs the extra key kept there. "
            "Unlock your keyring (or log in to your desktop again) and try once more, or open the profile "
            "with your recovery code.")
    if code == "damaged":
        return QCoreApplication.translate("ProfileMessages",
                                          "This item is damaged and cannot be opened. Nothing else is affected.")
    if code == "busy":
        return QCoreApplication.translate("ProfileMessages",
                                          "The previous try is still being checked. Try again in a moment.")
    if code == "changed_meanwhile":
        return QCoreApplication.translate("ProfileMessages",
                                          "Something was saved while this was running, so nothing was changed. "
                                          "Please try again.")
    if code == "locked":
        return QCoreApplication.translate("ProfileMessages", "The profile is locked.")
    if code == "passwords_differ":
        return QCoreApplication.translate("ProfileMessages", "The two passwords are not the same.")
    if code == "empty":
        return QCoreApplication.translate("ProfileMessages", "There is nothing written yet. Write something first.")
    if code in ("no_couple", "not_yours", "not_shareable"):
        return QCoreApplication.translate("ProfileMessages", "This cannot be shared: your profile is not linked "
                                          "with a partner (any more).")
    if code == "partner_key_changed":
        return QCoreApplication.translate("ProfileMessages",
                                          "Your partner's words have changed. Sit down together and compare the "
                                          "new words before you share anything more.")
    if code == "link_damaged":
        return QCoreApplication.translate("ProfileMessages",
                                          "The link with your partner cannot be opened (part of the file is "
                                          "damaged), so the protection cannot be renewed with it. Unlink under "
                                          "Together first, then renew.")
    if code == "already_linked":
        return QCoreApplication.translate("ProfileMessages",
                                          "One of these profiles is already linked with someone. A profile can be "
                                          "linked with one partner at a time.")
    return QCoreApplication.translate("ProfileMessages", "Something went wrong: %1").replace("%1", code)


def failure_text(error: BaseException) -> str:
    """Something that is not the person's doing: said plainly, and the details go to the log."""
    import logging

    from erfenis_desktop.services.store import StorageFullError

    if isinstance(error, StorageFullError):
        return QCoreApplication.translate("ProfileMessages",
                                          "The disk is full, so nothing was changed. Make some room and try again.")
    logging.getLogger("erfenis").error("unexpected failure", exc_info=error)
    return QCoreApplication.translate("ProfileMessages",
                                      "Something unexpected went wrong, so nothing was changed. Please try again.")
