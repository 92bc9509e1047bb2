import sys

from erfenis_desktop.app import main

sys.exit(main())
