"""The standalone program's entry point (PyInstaller runs this file): the same as ``erfenis``."""

import sys

from erfenis_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
