"""Language and layout direction, set once for the whole application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.errors import FieldProblem, ThanaError
from app.i18n import CORE

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("en", "ur")


def tr(text: str, context: str = CORE) -> str:
    return QCoreApplication.translate(context, text)


def error_text(error: ThanaError) -> str:
    """A core error in the user's language, parameters filled after translation."""
    params = {k: tr(v) if isinstance(v, str) else v for k, v in error.params.items()}
    return tr(error.message).format(**params)


def problem_text(problem: FieldProblem) -> str:
    return tr(problem.message).format(**problem.params)


class Language:
    """Installs the translator and the layout direction of one language."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.code = "en"
        self._translator: QTranslator | None = None

    def apply(self, code: str) -> None:
        if code not in LANGUAGES:
            code = "en"
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(self.app)
            if translator.load(str(TRANSLATIONS / f"thana_{code}.qm")):
                self.app.installTranslator(translator)
                self._translator = translator
        self.code = code
        QLocale.setDefault(QLocale(QLocale.Language.Urdu if code == "ur" else QLocale.Language.English,
                                   QLocale.Country.Pakistan))
        self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code == "ur" else Qt.LayoutDirection.LeftToRight)
