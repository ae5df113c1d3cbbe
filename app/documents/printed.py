"""What an issued document shows on paper, in English and Urdu, from its signed details (Qt-free).

One layout serves every kind: a title, labelled lines (each in both languages), the QR code of the
signed payload, and a line telling the reader how to check it. The English lines print the signed
fields exactly as signed, so ``pdf_check`` can demand them in the PDF's text.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import to_pkt
from app.documents.details import DocumentDetails, IdKind
from app.documents.kinds import DocumentKind

TITLES: dict[DocumentKind, tuple[str, str]] = {
    DocumentKind.CHARACTER_CERTIFICATE: ("Police Character Certificate", "پولیس کریکٹر سرٹیفکیٹ"),
    DocumentKind.VERIFICATION_REPORT: ("Police Verification Letter", "پولیس ویریفکیشن لیٹر"),
    DocumentKind.REGISTRATION_RECEIPT: ("Registration Receipt", "اندراج کی رسید"),
    DocumentKind.VEHICLE_VERIFICATION_REPORT: ("Vehicle Verification Report", "گاڑی کی تصدیق کی رپورٹ"),
    DocumentKind.MEDICO_LEGAL_CERTIFICATE: ("Medico-Legal Certificate", "میڈیکو لیگل سرٹیفکیٹ"),
    DocumentKind.LOSS_REPORT: ("Lost Document Report", "گمشدگی رپورٹ"),
    DocumentKind.COMPLAINT_RECEIPT: ("Complaint Receipt", "شکایت کی رسید"),
    DocumentKind.FIR_COPY: ("Copy of FIR", "ایف آئی آر کی نقل"),
    DocumentKind.LICENCE_RECEIPT: ("Licence Service Receipt", "لائسنس سروس کی رسید"),
    DocumentKind.FOREIGNER_REGISTRATION: ("Foreigner Registration", "غیر ملکی کا اندراج"),
}
ID_LABELS: dict[IdKind, tuple[str, str]] = {
    IdKind.CNIC: ("CNIC", "شناختی کارڈ نمبر"),
    IdKind.NICOP: ("NICOP", "نائیکوپ نمبر"),
    IdKind.B_FORM: ("B-Form", "ب فارم نمبر"),
    IdKind.PASSPORT: ("Passport", "پاسپورٹ نمبر"),
}
CHECK_EN = ("To check this document, scan its QR code with a Thana verifier or run "
            "'thana verify-document' on this PDF. Any change to it makes the check fail.")
CHECK_UR = ("اس دستاویز کی تصدیق کے لیے اس کا کیو آر کوڈ تھانہ ویریفائر سے اسکین کریں۔ "
            "کوئی بھی تبدیلی تصدیق کو ناکام کر دے گی۔")
NUMBER_LABEL, NAME_LABEL, DATE_LABEL = "Document No.", "Name", "Date of issue"
NO_RECORD = ("No criminal record found", "کوئی مجرمانہ ریکارڈ نہیں ملا")


@dataclass(frozen=True)
class Line:
    """One labelled line: the value printed once between its English and Urdu labels, with its Urdu form
    (a name in Urdu script, a finding in Urdu) under it when there is one."""

    label_en: str
    value_en: str
    label_ur: str
    value_ur: str = ""


@dataclass(frozen=True)
class PrintedDocument:
    details: DocumentDetails
    payload: str  # the signed QR payload (signing.sign)
    station_en: str
    station_ur: str
    lines: tuple[Line, ...]
    training: bool = False  # demo data: marked on the page

    @property
    def titles(self) -> tuple[str, str]:
        return TITLES[self.details.kind]


def issue_date(details: DocumentDetails) -> str:
    """The date of issue as printed: the Pakistan date, like the other copies (dd-mm-yyyy)."""
    return to_pkt(details.issued_at).strftime("%d-%m-%Y")


def signed_fields(details: DocumentDetails) -> list[tuple[str, str]]:
    """(English label, value) of each signed field printed verbatim: wherever the PDF's text has the label,
    the value must follow it. Every value is printed once per label, so none can be changed in one place
    and left intact in another.

    A name in Urdu script only is left out: text extracted from Nastaliq is not reliable enough to compare."""
    id_label, _ = ID_LABELS[details.id_kind]
    fields = [(NUMBER_LABEL, details.number), (id_label, details.subject_id), (DATE_LABEL, issue_date(details))]
    if details.subject_name.isascii():
        fields.append((NAME_LABEL, details.subject_name))
    return fields


def standard_lines(details: DocumentDetails, subject_name_ur: str = "") -> list[Line]:
    """The lines every kind prints: number, name, identity number, date of issue."""
    id_en, id_ur = ID_LABELS[details.id_kind]
    return [Line(NUMBER_LABEL, details.number, "دستاویز نمبر"),
            Line(NAME_LABEL, details.subject_name, "نام", subject_name_ur),
            Line(id_en, details.subject_id, id_ur),
            Line(DATE_LABEL, issue_date(details), "تاریخ اجرا")]


RELATIONS: dict[str, tuple[str, str]] = {"s/o": ("Son of", "ولد"), "d/o": ("Daughter of", "دختر"),
                                         "w/o": ("Wife of", "زوجہ")}
ADDRESS_LABEL = ("Address", "پتہ")


def person_lines(relation: str, relative_en: str, relative_ur: str, address: str) -> tuple[Line | None, Line | None]:
    """The subject's parentage (son, daughter or wife of) and address, each None when not on record."""
    label = RELATIONS.get(relation)
    relative = relative_en or relative_ur
    parentage = Line(label[0], relative, label[1], relative_ur if relative_en else "") if label and relative else None
    return parentage, Line(ADDRESS_LABEL[0], address, ADDRESS_LABEL[1]) if address else None
