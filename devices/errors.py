"""Typed scanner errors: what went wrong, in words a check-post officer understands.

pyfingerprint raises bare ``Exception`` told apart only by its text; the ZFM
client turns every failure into one of these, so the rest of the program never
parses library messages.
"""

from __future__ import annotations

from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP


class ScannerError(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "The fingerprint scanner did not work.")
    recoverable = True  # reopening the port may fix it


class ScannerNotConnected(ScannerError):
    default_message = QT_TRANSLATE_NOOP("core", "No fingerprint scanner is connected on {port}.")


class ScannerUnplugged(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The fingerprint scanner was unplugged during the capture. Plug it in and try again.")


class ScannerWrongPassword(ScannerError):
    default_message = QT_TRANSLATE_NOOP("core",
                                        "The fingerprint scanner on {port} refused the password. "
                                        "Ask the technician for the scanner's password.")
    recoverable = False


class ScannerTimeout(ScannerError):
    default_message = QT_TRANSLATE_NOOP("core", "The fingerprint scanner on {port} did not answer in time.")


class NoFinger(ScannerError):
    default_message = QT_TRANSLATE_NOOP("core", "No finger was placed on the scanner within {seconds} seconds.")


class ScannerProtocolError(ScannerError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The fingerprint scanner on {port} sent a garbled reply. The line will be reopened.")


class CaptureCancelled(ScannerError):
    """The user pressed cancel: not a failure to report."""

    default_message = QT_TRANSLATE_NOOP("core", "The capture was cancelled.")
