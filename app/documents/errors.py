"""Why a document's code does not verify: a typed reason and a message the person checking it understands."""

from __future__ import annotations

from enum import StrEnum

from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP


class InvalidReason(StrEnum):
    ALTERED = "altered"  # the signature does not match the contents
    UNKNOWN_KEY = "unknown_key"  # signed by a key the national server has not published
    REVOKED = "revoked"  # signed by a published key that has since been revoked
    MALFORMED = "malformed"  # not a document code at all, or damaged beyond reading


REASON_MESSAGES: dict[InvalidReason, str] = {
    InvalidReason.ALTERED: QT_TRANSLATE_NOOP(
        "core", "The document has been altered: its contents do not match the station's signature."),
    InvalidReason.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "core", "The document was signed with a key that is not on the list of trusted station keys."),
    InvalidReason.REVOKED: QT_TRANSLATE_NOOP(
        "core", "The document was signed with a station key that has been revoked."),
    InvalidReason.MALFORMED: QT_TRANSLATE_NOOP(
        "core", "This is not a readable document code, or it is damaged."),
}


class DocumentInvalid(ThanaError):
    """A document code that does not verify; ``reason`` says which way."""

    def __init__(self, reason: InvalidReason) -> None:
        self.reason = reason
        super().__init__(REASON_MESSAGES[reason])
