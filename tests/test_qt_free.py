"""The core packages must never load Qt (house rule 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ("app", "sync", "devices", "server")

SCRIPT = """
import importlib, pkgutil, sys
for name in {packages!r}:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        if ".migrations.versions" in info.name or info.name.endswith("migrations.env"):
            continue
        importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(",".join(loaded))
"""


def test_core_packages_import_no_qt() -> None:
    present = [p for p in CORE if (ROOT / p / "__init__.py").exists()]
    assert "app" in present
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(packages=present)], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "", f"Qt loaded by the core: {out.stdout}"


def test_the_check_detects_qt(tmp_path: Path) -> None:
    """The subprocess check really sees Qt when a module imports it."""
    pkg = tmp_path / "leaky"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "gui.py").write_text("import PySide6.QtCore\n")
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(packages=["leaky"])], cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    assert "PySide6.QtCore" in out.stdout
