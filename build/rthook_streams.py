"""PyInstaller runtime hook: a windowed build on Windows has no stdout or stderr (both None), and the
first print or warning would raise. Send them to the null device; the log file has what matters."""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the program
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
