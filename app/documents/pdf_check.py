"""Checking an issued document's PDF offline: its QR code's signature, then its printed text.

The QR code proves what the station signed; the page's text is what a reader believes. So a PDF is
VALID only when its one Thana code verifies against the trust list and every signed field the
English side prints verbatim (``printed.signed_fields``) still follows its label everywhere in the PDF's
text. Any damage to
the file is INVALID malformed, never an exception.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.clock import format_pkt
from app.documents.errors import REASON_MESSAGES, InvalidReason
from app.documents.printed import signed_fields
from app.documents.qr import read_qr_codes
from app.documents.signing import PREFIX
from app.documents.verification import TrustList, Verdict, verify
from app.i18n import QT_TRANSLATE_NOOP

TEXT_ALTERED = QT_TRANSLATE_NOOP(
    "core", "The document has been altered: the printed text differs from the signed details.")
NO_CODE = QT_TRANSLATE_NOOP("core", "The file is not a readable PDF, or it carries no Thana document code.")
TWO_CODES = QT_TRANSLATE_NOOP("core", "The document has been altered: it carries more than one document code.")
MAX_IMAGE_PIXELS = 40_000_000  # a QR image of ours is well under 1 Mpx; bounds the work on hostile files
# Spaces and bidi marks fall where the PDF's text runs break; the signed values are compared without them.
_IGNORED = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


@dataclass(frozen=True)
class DocumentCheck:
    verdict: Verdict
    message: str = ""  # English, marked for translation: why it is invalid

    @property
    def valid(self) -> bool:
        return self.verdict.valid


def check_pdf(data: bytes, trust: TrustList) -> DocumentCheck:
    try:
        texts, payloads = _read(data)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on damaged files; all mean "malformed"
        return _invalid(InvalidReason.MALFORMED, NO_CODE)
    if not payloads:
        return _invalid(InvalidReason.MALFORMED, NO_CODE)
    if len(payloads) > 1:
        return _invalid(InvalidReason.ALTERED, TWO_CODES)
    verdict = verify(payloads.pop(), trust)
    if verdict.details is None:
        return DocumentCheck(verdict, REASON_MESSAGES[verdict.reason or InvalidReason.MALFORMED])
    if not _prints(texts, signed_fields(verdict.details)):
        return _invalid(InvalidReason.ALTERED, TEXT_ALTERED)
    return DocumentCheck(verdict)


def _prints(text: str, fields: list[tuple[str, str]]) -> bool:
    """Whether each label is in the text, and each time followed by its signed value."""
    flat = _IGNORED.sub("", text)
    for label, value in fields:
        label, value = _IGNORED.sub("", label) + ":", _IGNORED.sub("", value)
        starts = [m.end() for m in re.finditer(re.escape(label), flat)]
        if not starts or any(not flat.startswith(value, start) for start in starts):
            return False
    return True


def describe(check: DocumentCheck) -> list[str]:
    """What ``thana verify-document`` prints: VALID and the signed details, or INVALID, the reason, why."""
    details = check.verdict.details
    if details is None:
        reason = (check.verdict.reason or InvalidReason.MALFORMED).value.replace("_", " ")
        return [f"INVALID: {reason}", check.message]
    return ["VALID", f"Document: {details.kind.value}", f"Number: {details.number}",
            f"Station: {details.station}", f"Issued: {format_pkt(details.issued_at)} (Pakistan time)",
            f"Name: {details.subject_name}", f"{details.id_kind.value.upper()}: {details.subject_id}",
            f"Summary: {details.summary}", f"Signing key: {details.key_id}"]


def check_pdf_file(path: Path, trust: TrustList) -> DocumentCheck:
    try:
        data = path.read_bytes()
    except OSError:
        return _invalid(InvalidReason.MALFORMED, NO_CODE)
    return check_pdf(data, trust)


def _invalid(reason: InvalidReason, message: str) -> DocumentCheck:
    return DocumentCheck(Verdict(reason=reason), message)


def _read(data: bytes) -> tuple[str, set[str]]:
    """All the text of the PDF, and the distinct Thana payloads of the QR codes in its images."""
    from pypdf import PdfReader  # imported here: only this command needs it

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is our verdict, not pypdf's log
    reader = PdfReader(io.BytesIO(data), strict=True)
    texts: list[str] = []
    payloads: set[str] = set()
    for page in reader.pages:
        texts.append(page.extract_text())
        for image in page.images:
            picture = image.image
            if picture is None or picture.width * picture.height > MAX_IMAGE_PIXELS:
                continue
            grey = np.asarray(picture.convert("L"))
            payloads.update(text for text in read_qr_codes(grey) if text.startswith(PREFIX))
    return "\n".join(texts), payloads
