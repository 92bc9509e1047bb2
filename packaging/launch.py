"""The standalone program's entry point (PyInstaller runs this file): the same as ``erfenis``."""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--keyring-probe"]:  # cli.keyring_probe: answered before anything of Qt loads
        from erfenis_desktop.cli import keyring_probe

        sys.exit(keyring_probe())
    from erfenis_desktop.app import main

    sys.exit(main())
