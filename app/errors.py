"""Typed, user-facing errors raised by the core.

Every expected failure (bad input, a full disk, a wrong key) is one of these.
``message`` is an English template marked for translation; ``params`` fill its
``{placeholders}`` after translation, so the Urdu text can order them freely.
Anything that is not a ThanaError is a bug and goes to the crash dialog.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP


class ThanaError(Exception):
    """An expected failure with a message a moharrar understands."""

    default_message = QT_TRANSLATE_NOOP("core", "The operation could not be completed.")

    def __init__(self, message: str | None = None, **params: object) -> None:
        self.message = message or self.default_message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its parameters filled in."""
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: its form name and an English template with params."""

    field: str
    message: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


class ValidationError(ThanaError):
    """Input that breaks a rule; carries one problem per field, nothing was saved."""

    default_message = QT_TRANSLATE_NOOP("core", "Please correct the highlighted fields.")

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__()

    def for_field(self, name: str) -> list[FieldProblem]:
        return [p for p in self.problems if p.field == name]


class PermissionDenied(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "You do not have permission to {action}.")


class NotFound(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "The record was not found.")


class ConflictError(ThanaError):
    """The write is valid but clashes with what is stored (a closed day, a duplicate)."""


class StorageError(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "The station database could not be used.")


class DatabaseBusy(StorageError):
    default_message = QT_TRANSLATE_NOOP("core", "The database is busy with another task. Please try again in a moment.")


class DiskFull(StorageError):
    default_message = QT_TRANSLATE_NOOP("core", "The disk is full. Nothing was saved. Free some space and try again.")


class WrongKeyOrCorrupt(StorageError):
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "The station database cannot be opened: the key is wrong or the file is damaged. "
        "Nothing was changed.",
    )


class KeyUnavailable(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This computer has no secure key store (keyring). Thana will not start without one. "
        "Start it with --key-file FILE to keep the key in a file you protect yourself.",
    )


class LoginFailed(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "Wrong user name or password.")


class AccountLocked(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Too many wrong passwords: this account is locked until {until} (Pakistan time).")
