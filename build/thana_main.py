"""Entry point of the frozen program (PyInstaller starts here)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
