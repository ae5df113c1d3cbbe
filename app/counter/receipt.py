"""What the fee receipt of a counter application says, in English and Urdu (Qt-free): the tracking number
the applicant quotes, the service, who applied, the fee, when it is due and the documents the counter saw."""

from __future__ import annotations

from app.clock import format_pkt
from app.counter.applications import AGENT_RELATIONS, ApplicationRecord
from app.documents.printed import Line

TITLE = ("Fee Receipt", "فیس کی رسید")
HOW_TO_TRACK = ("Quote the tracking number at the counter or when you call. You will get an SMS at each step.",
                "کاؤنٹر پر یا فون کرتے وقت ٹریکنگ نمبر بتائیں۔ ہر مرحلے پر آپ کو ایس ایم ایس ملے گا۔")


def receipt_lines(record: ApplicationRecord) -> list[Line]:
    a, service = record.application, record.service
    person = a.applicant
    identity = person.cnic or person.nicop or person.passport or ""
    lines = [
        Line("Tracking No.", a.tracking_no, "ٹریکنگ نمبر"),
        Line("Service", service.name_en, "سروس", service.name_ur),
        Line("Applicant", person.name_en or person.name_ur, "درخواست گزار", person.name_ur if person.name_en else ""),
        Line("CNIC / B-Form / Passport", identity, "شناختی کارڈ / ب فارم / پاسپورٹ"),
    ]
    if a.agent_name:
        relation = AGENT_RELATIONS.get(a.agent_relation, a.agent_relation)
        lines.append(Line("Applied on behalf by", f"{a.agent_name} ({relation}), CNIC {a.agent_cnic}",
                          "درخواست دہندہ بجانب"))
    lines += [
        Line("Fee paid", f"Rs {a.fee_pkr}" if a.fee_pkr else "No fee", "ادا شدہ فیس",
             f"{a.fee_pkr} روپے" if a.fee_pkr else "کوئی فیس نہیں"),
        Line("Received", format_pkt(a.received_at), "وصولی"),
        Line("Expected by", format_pkt(a.due_at), "متوقع تاریخ"),
        Line("Documents seen", "; ".join(service.documents[i].en for i in a.documents) or "None",
             "دیکھی گئی دستاویزات", "؛ ".join(service.documents[i].ur for i in a.documents)),
    ]
    if a.mobile:
        lines.append(Line("SMS notices to", a.mobile, "ایس ایم ایس اطلاعات"))
    return lines
