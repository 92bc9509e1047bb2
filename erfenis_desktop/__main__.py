import sys

if sys.argv[1:] == ["--keyring-probe"]:  # cli.keyring_probe: a child answering before anything of Qt loads
    from erfenis_desktop.cli import keyring_probe

    sys.exit(keyring_probe())

from erfenis_desktop.app import main  # noqa: E402

sys.exit(main())
