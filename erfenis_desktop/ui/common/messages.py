"""What a ProfileError says to the person, in their language."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject

from erfenis_desktop.services.vault import ProfileError


class ProfileMessages(QObject):
    """The texts with a number in them. (Plural forms go through ``self.tr`` in a class: the
    older lupdate tools do not see the plural in ``QCoreApplication.translate``.)"""

    def renewal_damaged(self, n: int) -> str:
        return self.tr("Your protection has been renewed. %n item(s) could not be opened, because they are damaged "
                       "or were changed outside Erfenis: they were left as they were. You can remove them under "
                       "Everything I wrote.", "", n)

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
            "This computer’s extra key for Erfenis is missing (the system keyring was reset, or the data "
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
    if code == "invalid_answer":
        return QCoreApplication.translate("ProfileMessages",
                                          "This cannot be kept as it is. Choose from what is offered on the screen.")
    if code == "same_password":
        return QCoreApplication.translate("ProfileMessages",
                                          "Choose a new password, not the one you have now: the point is that "
                                          "nobody who may have known the old one can open your profile.")
    if code == "passwords_differ":
        return QCoreApplication.translate("ProfileMessages", "The two passwords are not the same.")
    if code == "empty":
        return QCoreApplication.translate("ProfileMessages", "There is nothing written yet. Write something first.")
    if code in ("no_couple", "not_yours", "not_shareable"):
        return QCoreApplication.translate("ProfileMessages", "This cannot be shared: your profile is not linked "
                                          "with a partner (any more).")
    if code == "partner_key_changed":
        return QCoreApplication.translate("ProfileMessages",
                                          "Your link needs to be confirmed again. Sit down together under "
                                          "Together and compare your words before you share anything more.")
    if code == "link_damaged":
        return QCoreApplication.translate("ProfileMessages",
                                          "The link with your partner cannot be opened (part of the file is "
                                          "damaged), so the protection cannot be renewed with it. Unlink under "
                                          "Together first, then renew.")
    if code == "already_linked":
        return QCoreApplication.translate("ProfileMessages",
                                          "One of these profiles is already linked with someone. A profile can be "
                                          "linked with one partner at a time.")
    if code == "same_profile":
        return QCoreApplication.translate("ProfileMessages",
                                          "A profile cannot be linked with itself. Your partner opens their own "
                                          "profile to link with you.")
    if code == "not_found":
        return QCoreApplication.translate("ProfileMessages",
                                          "What you chose is no longer there; it may have been removed in the "
                                          "meantime. Nothing was changed. Go back and choose again.")
    if code == "not_facilitator":
        return QCoreApplication.translate("ProfileMessages",
                                          "Only the facilitator of this workshop can do this, with their own "
                                          "profile open. Nothing was changed.")
    if code == "group_facilitator":
        return QCoreApplication.translate("ProfileMessages",
                                          "As the facilitator you have no results of your own in the group "
                                          "picture. Nothing was added.")
    if code == "facilitator_exists":
        return QCoreApplication.translate("ProfileMessages",
                                          "This workshop already has a facilitator. Nothing was changed.")
    if code == "group_added":
        return QCoreApplication.translate("ProfileMessages",
                                          "Your results are already in the group picture. They are counted once.")
    if code == "group_no_results":
        return QCoreApplication.translate("ProfileMessages",
                                          "There are no results of yours to add yet. Finish the pattern mirror "
                                          "first, then add them.")
    if code == "group_reset":
        return QCoreApplication.translate("ProfileMessages",
                                          "The group picture was emptied just now, so nothing was added. You can "
                                          "add your results again.")
    # The take-home file's (ui/transfer/ shows them too).
    if code == "own_file_each":
        return QCoreApplication.translate(
            "ProfileMessages",
            "Each of you takes your own file, with a password only you know: one file for the two of you would "
            "let each of you open the other’s profile and read what the other wrote for themselves. Your link "
            "comes back once both files are imported.")
    if code == "transfer_unwritable":
        return QCoreApplication.translate("ProfileMessages",
                                          "Erfenis could not save the file there (the disk may be full, or the "
                                          "place read-only). Nothing was saved. Choose another place.")
    if code == "transfer_unreadable":
        return QCoreApplication.translate("ProfileMessages",
                                          "Erfenis cannot read this file: it is gone, or you may not open it. "
                                          "Nothing was imported.")
    if code == "transfer_foreign":
        return QCoreApplication.translate("ProfileMessages",
                                          "This is not an Erfenis take-home file. Choose the file that Erfenis "
                                          "saved with ‘Take my work home’; its name ends in .erfenis. Nothing "
                                          "was imported.")
    if code == "transfer_damaged":
        return QCoreApplication.translate("ProfileMessages",
                                          "This file is damaged, incomplete or was changed after Erfenis saved it "
                                          "(for example, it was not copied to the end). Nothing was imported. "
                                          "Save it again on the computer it came from, if you can.")
    if code == "transfer_too_new":
        return QCoreApplication.translate("ProfileMessages",
                                          "This file was saved by a newer version of Erfenis. Install the newer "
                                          "version here first. Nothing was imported.")
    if code in ("transfer_clash", "transfer_changed_meanwhile"):
        return QCoreApplication.translate("ProfileMessages",
                                          "Part of this file is already in this Erfenis in another form, so "
                                          "Erfenis did not import any of it. Nothing was changed.")
    # A code without a sentence of its own: never the code itself. Every ProfileError is raised
    # before anything is written, or with its writing undone (one transaction), so this is true.
    return QCoreApplication.translate("ProfileMessages",
                                      "Something went wrong. Nothing was changed; try again, or restart Erfenis.")


def notice_text(code: str) -> str:
    """What to tell a person once, right after their profile opened (``Unlocked.notices``)."""
    if code == "manifest_rebuilt":
        return QCoreApplication.translate(
            "ProfileMessages",
            "Erfenis noticed that part of your data file was changed outside Erfenis, for example by putting "
            "back an older copy. Everything that could still be opened is there. A text you deleted earlier may "
            "have come back; look through Everything I wrote, and remove what you do not want to keep.")
    if code == "confirm_link_again":
        return QCoreApplication.translate(
            "ProfileMessages",
            "Erfenis now protects what you share in a stronger way. The next time you sit down together, confirm "
            "your link once more under Together with my partner, by comparing your words. Until then, nothing "
            "new is shared.")
    if code == "password_only":
        return QCoreApplication.translate(
            "ProfileMessages",
            "Your profile is protected by your password alone: Erfenis could not use this computer’s keyring "
            "for its extra key just now. Keep your password strong. When the keyring works again, change your "
            "password once (under Your profile) to add the extra protection.")
    return ""


def password_only_text() -> str:
    """Where a profile's protection is described, for a profile without this computer's extra key."""
    return QCoreApplication.translate(
        "ProfileMessages",
        "This profile is protected by your password alone: it got its password while Erfenis could not use "
        "this computer’s keyring for its extra key. When the keyring works, change your password once to "
        "add the extra protection.")


def renewal_damaged_text(count: int) -> str:
    return ProfileMessages().renewal_damaged(count)


def storage_text(error: BaseException) -> str:
    """What a failed write of the data file means, one sentence per kind of failure
    (``StorageError.kind``): full, read_only, gone, io."""
    kind = getattr(error, "kind", "io")
    folder = str(getattr(error, "folder", None) or "")
    if kind == "full":
        return QCoreApplication.translate("ProfileMessages",
                                          "The disk is full. Make some room on it, for example by emptying the "
                                          "bin or removing large files you no longer need.")
    if kind == "read_only":
        return QCoreApplication.translate("ProfileMessages",
                                          "Erfenis cannot write in its data folder (%1): the folder or the disk "
                                          "has been made read-only.").replace("%1", folder)
    if kind == "gone":
        return QCoreApplication.translate("ProfileMessages",
                                          "Erfenis’s data folder (%1) was moved or removed while Erfenis was "
                                          "open. Put it back where it was.").replace("%1", folder)
    return QCoreApplication.translate("ProfileMessages", "Something went wrong with the disk.")


def not_saved_text(error: BaseException) -> str:
    """A text that could not be saved: why, and that it is still on the screen."""
    return storage_text(error) + " " + QCoreApplication.translate(
        "ProfileMessages", "What you wrote is not saved yet. It stays here, and Erfenis saves it as soon as it can.")


def failure_text(error: BaseException) -> str:
    """Something that is not the person's doing: said plainly, and the details go to the log."""
    import logging

    from erfenis_desktop.services.store import StorageError

    if isinstance(error, StorageError):
        return storage_text(error) + " " + QCoreApplication.translate(
            "ProfileMessages", "Nothing was changed. Try again when that is solved.")
    logging.getLogger("erfenis").error("unexpected failure", exc_info=error)
    return QCoreApplication.translate("ProfileMessages",
                                      "Something unexpected went wrong, so nothing was changed. Please try again.")
