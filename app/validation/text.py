"""Checks on free text and names typed by users, in Urdu or English."""

from __future__ import annotations

import re
import unicodedata

from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP

# Arabic script blocks used for Urdu (letters, marks, Urdu digits).
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
# Names: letters of either script, spaces, and the dot, hyphen and apostrophe of "Mst.", "Abdul-", "D'Souza".
_NAME_OK = re.compile(r"^[\w .'\-\u0600-\u06FF\u0750-\u077F\u200C\u200D]+$")


def clean(text: str) -> str:
    """NFC, no control characters except newline and tab, trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
                   or ch in "\u200c\u200d")
    return text.strip()


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


def check_required(problems: list[FieldProblem], field: str, value: str) -> None:
    if not value.strip():
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP("core", "This field is required.")))


def check_length(problems: list[FieldProblem], field: str, value: str, limit: int) -> None:
    if len(value) > limit:
        problems.append(
            FieldProblem(field, QT_TRANSLATE_NOOP("core", "Too long: at most {limit} characters."), {"limit": limit})
        )


def check_name(problems: list[FieldProblem], field: str, value: str, script: str, limit: int = 100) -> None:
    """A person's name in one script: ``en`` for Latin letters, ``ur`` for Urdu."""
    if not value:
        return
    check_length(problems, field, value, limit)
    if not _NAME_OK.match(value) or any(ch.isdigit() for ch in value):
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "core", "A name may hold only letters, spaces, dots and hyphens.")))
    elif script == "en" and has_arabic(value):
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "core", "Write this name in English letters; use the Urdu field for Urdu.")))
    elif script == "ur" and has_latin(value):
        problems.append(FieldProblem(field, QT_TRANSLATE_NOOP(
            "core", "Write this name in Urdu letters; use the English field for English.")))
