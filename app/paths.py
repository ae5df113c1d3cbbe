"""Where Thana keeps its files (platformdirs unless a data directory is given)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

DB_NAME = "thana.db"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Thana", appauthor=False))


def default_demo_dir() -> Path:
    return Path(platformdirs.user_data_dir("Thana", appauthor=False)) / "demo"


def log_dir(data_dir: Path) -> Path:
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
