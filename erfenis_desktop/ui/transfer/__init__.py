"""Take home, or move to another computer (issue 13, section 5): the export window, the import
window, and their two entries in the Erfenis menu (``TransferMenu``)."""

from .menu import TransferMenu

__all__ = ["TransferMenu"]
