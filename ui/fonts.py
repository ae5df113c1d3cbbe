"""The bundled Urdu fonts, loaded and set app-wide (system fonts lack Urdu letters)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
NASTALIQ = "Noto Nastaliq Urdu"
NASKH = "Noto Naskh Arabic"


def load_fonts() -> list[str]:
    """Register every bundled TTF; returns the families found."""
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def apply_app_font(app: QApplication, urdu: bool) -> None:
    """Nastaliq first for Urdu text; Latin text falls back to the system sans font.

    Naskh is the fallback where Nastaliq would be too tall (dense tables use it)."""
    font = QFont(app.font())
    families = [NASTALIQ, NASKH] if urdu else [app.font().family(), NASTALIQ, NASKH]
    font.setFamilies(families)
    font.setPointSize(11 if urdu else 10)
    app.setFont(font)


def table_font(urdu: bool) -> QFont:
    """Tables use Naskh for Urdu: Nastaliq needs rows twice as tall."""
    font = QFont()
    font.setFamilies([QFont().family(), NASKH] if not urdu else [NASKH, QFont().family()])
    return font
