"""Character certificate: the applicant's CNIC against the station's criminal records and the wanted list.

The fingerprint search is the catalogue's ``fingerprint_check`` (it needs the scanner at the counter); this
module is the check the replica answers alone. A clear check is a finding too: the certificate prints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.record_checks import CNIC_CHECK, records_against_cnic
from app.documents.printed import NO_RECORD
from app.errors import FieldProblem
from app.storage.models import CounterApplication


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    del values, today  # the field kinds say all this service's fields need
    return []


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    person = application.applicant
    cnic = person.cnic or person.nicop or ""
    return records_against_cnic(s, cnic) or [Finding(CNIC_CHECK, False, *NO_RECORD)]
