"""The kinds of document a station issues; the service catalogue and the signed payload both name them."""

from __future__ import annotations

from enum import StrEnum


class DocumentKind(StrEnum):
    CHARACTER_CERTIFICATE = "character_certificate"
    VERIFICATION_REPORT = "verification_report"  # general and private-employee verification
    REGISTRATION_RECEIPT = "registration_receipt"  # tenants, employees and domestic servants
    VEHICLE_VERIFICATION_REPORT = "vehicle_verification_report"
    MEDICO_LEGAL_CERTIFICATE = "medico_legal_certificate"
    LOSS_REPORT = "loss_report"
    COMPLAINT_RECEIPT = "complaint_receipt"  # the e-tag slip of a report or complaint
    FIR_COPY = "fir_copy"
    LICENCE_RECEIPT = "licence_receipt"
    FOREIGNER_REGISTRATION = "foreigner_registration"
