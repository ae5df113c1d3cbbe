"""What can go wrong with a print or a record, in words the officer at the scanner can act on."""

from __future__ import annotations

from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP


class PoorImpression(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The print is too faint or smudged (quality {quality} of 100, at least {minimum} needed). "
                "Clean the glass, press the finger flat and place it again.")


class TooFewFeatures(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Too little of the finger was read ({count} ridge endings and forks, at least {minimum} "
                "needed). Place the finger flat in the middle of the glass.")


class ImpressionsDisagree(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "This impression does not match the earlier ones of the same finger. Place the same finger "
                "again.")


class EnrolmentIncomplete(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Every finger needs {count} accepted impressions, and at least one finger must be taken.")


class PhotoUnreadable(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The photo cannot be used: it must be a JPEG or PNG picture of at most 10 MB.")


class AlreadyWithdrawn(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "This record was already withdrawn.")
