"""Typed errors of the sync engine (app/errors.py style: an English template marked for translation,
parameters filled after). ``retryable`` errors are the link's or the server's passing trouble: the
engine backs off and tries again; the others need a person (enroll, ask the administrator)."""

from __future__ import annotations

from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP


class SyncError(ThanaError):
    retryable = False
    default_message = QT_TRANSLATE_NOOP("core", "Sync with the national server failed. The entries stay queued.")


class ServerUnreachable(SyncError):
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server at {url} cannot be reached. The entries stay queued and will be sent later.")


class ServerTimeout(SyncError):
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server at {url} did not answer in time. The entries stay queued and will be sent later.")


class ServerFailed(SyncError):
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server answered with an error (HTTP {status}). The entries stay queued.")


class BadResponse(SyncError):
    """A damaged answer, or one from something that is not the server (a captive portal, a proxy)."""

    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "The answer from {url} is not a valid answer of the national server. Nothing was marked as sent.")


class RequestRefused(SyncError):
    default_message = QT_TRANSLATE_NOOP("core", "The national server refused the request (HTTP {status}): {reason}")


class NotEnrolled(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "This station is not enrolled with the national server. Enroll it first: "
                "thana sync enroll --server URL --code CODE")


class CredentialRefused(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server does not accept this computer's credential ({reason}). "
                "Enroll it again with a new code.")


class DeviceRevoked(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server has revoked this computer ({reason}). Its entries are kept here; "
                "ask the administrator.")


class EnrollmentRefused(SyncError):
    default_message = QT_TRANSLATE_NOOP("core", "The enrollment code was refused: {reason}")


class UnknownStation(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The code was issued for station {station}, which this station database does not hold.")


class ScopeRefused(SyncError):
    default_message = QT_TRANSLATE_NOOP("core", "The national server refused to send these records: {reason}")


class BlobDamaged(SyncError):
    """Downloaded bytes that do not hash to the blob's name (or more of them than a blob may have)."""

    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "core", "A file from the national server arrived damaged ({sha256}); it was not used and will be "
                "fetched again.")


class ServerNotTrusted(SyncError):
    """TLS failed: the server's certificate is not from the pinned national CA (or is not valid)."""

    default_message = QT_TRANSLATE_NOOP(
        "core", "The server at {url} did not prove that it is the national server: its certificate is not "
                "from the national CA this computer trusts. Nothing was sent or marked as sent.")


class InsecureServer(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server's address must begin with https:// (plain http is allowed only to this "
                "computer itself, for a demo): {url}")


class CACertificateNeeded(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Give the national CA certificate from the administrator to enroll with {url} (--ca-cert FILE).")


class BadCACertificate(SyncError):
    default_message = QT_TRANSLATE_NOOP("core", "The file {path} is not a CA certificate in PEM form.")


class DeviceKeyMissing(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "This computer's device key is missing or damaged in the keyring. Enroll it again with a new "
                "code.")


class SessionSuperseded(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "A newer sync of this computer has started; this one stopped. Nothing is lost: the newer one "
                "sends the entries.")


class SyncBusy(SyncError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "A sync of this station is already running ({folder}). Wait for it to finish.")


class DeviceRevokedExported(DeviceRevoked):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The national server has revoked this computer ({reason}). Sync is locked and nothing was "
                "deleted: the {count} unsynced entries stay here and were exported to {path}. Give that file "
                "to the administrator.")


class SyncLocked(DeviceRevoked):
    default_message = QT_TRANSLATE_NOOP(
        "core", "Sync is locked: the national server revoked this computer on {at}. Nothing was deleted: the "
                "{count} unsynced entries stay here and were exported to {path}.")


class TrustListRefused(SyncError):
    """The trust list the server sent does not verify against the national key pinned at the first fetch."""

    default_message = QT_TRANSLATE_NOOP(
        "core", "The list of station keys from {url} is not signed by the national server's key. The list held "
                "on this PC is kept; tell the administrator.")
