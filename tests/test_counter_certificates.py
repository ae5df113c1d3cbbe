"""The verification step, the SHO's decision and issuing, on the counter's core with an injected clock.

The windows are driven in test_counter_certificate_ui.py; here each rule is held to its own message (one
test draws a PDF, so this module needs Qt, though the code under test does not)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.biometrics.synthetic import finger_seed, impression
from app.counter.applications import ApplicationDraft
from app.counter.issuing import HIT_SUMMARY, printed_document
from app.counter.record_checks import CNIC_CHECK
from app.counter.timeline import Status
from app.counter.verification import FINDING_REGISTER, FINGERPRINT_CHECK
from app.documents.local_trust import default_trust_path, read_trust_list
from app.documents.pdf_check import check_pdf_file
from app.documents.printed import NO_RECORD
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.fingerprints.fingers import Category, Finger
from app.fingerprints.identification import Outcome, Purpose
from app.registers.persons import PersonDraft
from app.registers.verify import verify_all
from app.security.permissions import Role
from app.storage.models import (
    ApplicationFinding,
    AuditRecord,
    CounterApplication,
    IssuedDocument,
    OutboxOp,
    PoliceStation,
)
from tests import factories as F
from tests.test_counter_desk import Desk, certificate, desk  # noqa: F401 - the fixture
from tests.test_cro_enrolment import draft_for
from ui.fonts import load_fonts
from ui.printing.documents import write_issued_pdf

CNIC = "35202-1234567-1"


def counter_check(d: Desk, identity: str = "nobody on record", finger: Finger = Finger.RIGHT_INDEX) -> str:
    """A fingerprint search at the counter (an impression never enrolled), its uid."""
    probe = impression(finger_seed(identity, finger), 3).pixels
    result = d.services.identification.identify(d.counter, probe, 500, place="Khidmat Markaz counter 1",
                                                purpose=Purpose.COUNTER)
    return result.uid


def enrol_under(d: Desk, cnic: str, name: str = "Akram Khan") -> str:
    cro = F.make_actor(d.services, Role.CRO_OFFICER, d.counter.station_id, f"cro{name[:3].lower()}")
    draft = draft_for(d.services, name, fingers=(Finger.RIGHT_INDEX,), category=Category.PROCLAIMED_OFFENDER,
                      reason="PO in FIR 7/2025")
    draft.person.draft.cnic = cnic  # type: ignore[union-attr]
    return d.services.enrolment.enrol(cro, draft).uid


def received(d: Desk, draft: ApplicationDraft | None = None) -> CounterApplication:
    return d.services.counter.applications.receive(d.counter, draft or certificate())


def status_of(d: Desk, application_id: int) -> Status:
    return Status(d.services.counter.applications.record(d.counter, application_id).application.status)


def test_a_clear_certificate_needs_the_fingerprint_then_is_ready_and_issued_once(desk: Desk) -> None:  # noqa: F811
    counter = desk.services.counter
    application = received(desk)
    with pytest.raises(ValidationError) as no_print:
        counter.verification.verify(desk.counter, application.id)
    assert [(p.field, p.message) for p in no_print.value.problems] == [
        ("fingerprint", "Take the applicant's fingerprint first: this service needs it searched.")]
    with pytest.raises(ConflictError, match="record checks of this application have not been run"):
        counter.applications.advance(desk.counter, application.id, Status.READY)  # no way round the checks
    with pytest.raises(ConflictError, match="only for an application that is ready"):
        counter.issuing.issue(desk.counter, application.id)
    counter.verification.verify(desk.counter, application.id, counter_check(desk))
    assert status_of(desk, application.id) is Status.READY
    findings = counter.verification.findings(desk.counter, application.id)
    assert [(f.source, f.hit, f.text_en) for f in findings] == [
        (CNIC_CHECK, False, NO_RECORD[0]),
        (FINGERPRINT_CHECK, False, "Fingerprint: no record at this station matches the applicant's finger")]
    with pytest.raises(ConflictError, match="already been verified"):
        counter.verification.verify(desk.counter, application.id, counter_check(desk))

    desk.clock.now = desk.clock.now.replace(microsecond=123)
    document = counter.issuing.issue(desk.counter, application.id)
    assert re.fullmatch(r"[A-Z0-9-]+/CC/2026/000001", document.number)
    again = counter.issuing.issue(desk.counter, application.id)
    assert (again.uid, again.payload, again.lines) == (document.uid, document.payload, document.lines)
    printed = counter.issuing.printed(desk.counter, again)
    assert printed.details.summary == NO_RECORD[0] and printed.details.subject_id == CNIC
    assert printed.details.issued_at.microsecond == 0
    labels = [(line.label_en, line.value_en, line.value_ur) for line in printed.lines]
    assert ("Purpose", "Visa or immigration", "ویزا یا امیگریشن") in labels  # the catalogue's choice, both tongues
    assert ("Finding", NO_RECORD[0], NO_RECORD[1]) in labels
    assert not any("Mobile" in label for label, _, _ in labels)  # the SMS number is not certified
    with desk.services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(IssuedDocument)) == 1
        assert s.scalar(select(func.count()).where(OutboxOp.entity == FINDING_REGISTER)) == 2
        assert s.scalar(select(func.count()).where(OutboxOp.entity == "issued_doc")) == 1
        assert s.scalar(select(func.count()).where(AuditRecord.action == "document.issue")) == 1
    assert verify_all(desk.services.db) == []


def test_a_cnic_hit_waits_for_the_sho_who_alone_decides(desk: Desk) -> None:  # noqa: F811
    counter = desk.services.counter
    record_uid = enrol_under(desk, CNIC)
    application = received(desk)
    counter.verification.verify(desk.counter, application.id, counter_check(desk))
    assert status_of(desk, application.id) is Status.AWAITING_SHO
    with pytest.raises(PermissionDenied):
        counter.applications.decide(desk.counter, application.id, True, "Seen")
    with pytest.raises(PermissionDenied):
        counter.verification.awaiting_decision(desk.counter)
    with pytest.raises(PermissionDenied):
        counter.issuing.issue(desk.sho, application.id)  # issuing is counter work, deciding the SHO's
    (case,) = counter.verification.awaiting_decision(desk.sho)
    assert case.application.id == application.id
    hit = next(f for f in case.findings if f.hit)
    assert (hit.source, hit.record_uid) == (CNIC_CHECK, record_uid)
    shown = case.records[record_uid]
    assert (shown.name, shown.cnic, shown.category, shown.reason) == (
        "Akram Khan", CNIC, Category.PROCLAIMED_OFFENDER, "PO in FIR 7/2025")
    with pytest.raises(ValidationError) as no_note:
        counter.applications.decide(desk.sho, application.id, True, "   ")
    assert [p.field for p in no_note.value.problems] == ["note"]
    counter.applications.decide(desk.sho, application.id, True, "Acquitted in 2025; court order seen")
    assert status_of(desk, application.id) is Status.READY
    with pytest.raises(ConflictError, match="not awaiting the SHO"):
        counter.applications.decide(desk.sho, application.id, False, "Changed my mind")
    printed = counter.issuing.printed(desk.counter, counter.issuing.issue(desk.counter, application.id))
    assert printed.details.summary == HIT_SUMMARY
    values = [line.value_en for line in printed.lines]
    assert "Proclaimed offender: Akram Khan: PO in FIR 7/2025" in values
    assert "Acquitted in 2025; court order seen" in values

    refused = received(desk, certificate(applicant=None, applicant_id=application.applicant_id))
    counter.verification.verify(desk.counter, refused.id, counter_check(desk))
    counter.applications.decide(desk.sho, refused.id, False, "Proclaimed offender: refer to the court")
    assert status_of(desk, refused.id) is Status.REJECTED
    with pytest.raises(ConflictError, match="only for an application that is ready"):
        counter.issuing.issue(desk.counter, refused.id)
    assert verify_all(desk.services.db) == []


def test_a_fingerprint_hit_names_the_candidate_record(desk: Desk) -> None:  # noqa: F811
    counter = desk.services.counter
    record_uid = enrol_under(desk, "35202-7654321-1", "Bashir Ahmad")  # another CNIC: only the print can tell
    application = received(desk)
    check_uid = counter_check(desk, "Bashir Ahmad")
    counter.verification.verify(desk.counter, application.id, check_uid)
    assert status_of(desk, application.id) is Status.AWAITING_SHO
    (hit,) = [f for f in counter.verification.findings(desk.counter, application.id) if f.hit]
    assert (hit.source, hit.record_uid, hit.check_uid) == (FINGERPRINT_CHECK, record_uid, check_uid)
    assert hit.text_en == "Fingerprint, probable match: Proclaimed offender: Bashir Ahmad: PO in FIR 7/2025"


def test_a_fingerprint_search_counts_once_and_only_from_the_counter(desk: Desk) -> None:  # noqa: F811
    counter = desk.services.counter
    first, second = received(desk), received(desk, certificate(applicant=PersonDraft(
        name_en="Sana Iqbal", relation="d/o", relative_name_en="Iqbal Khan", cnic="35202-2222222-2")))
    check_uid = counter_check(desk)
    counter.verification.verify(desk.counter, first.id, check_uid)
    with pytest.raises(ConflictError, match="belongs to another application"):
        counter.verification.verify(desk.counter, second.id, check_uid)
    checkpost = F.make_actor(desk.services, Role.CHECKPOST_OFFICER, desk.counter.station_id, "picket")
    at_picket = desk.services.identification.identify(
        checkpost, impression(finger_seed("someone", Finger.RIGHT_INDEX), 1).pixels, 500, place="Picket 4")
    assert at_picket.outcome is Outcome.GREEN
    with pytest.raises(ConflictError, match="not made at this counter"):
        counter.verification.verify(desk.counter, second.id, at_picket.uid)
    with pytest.raises(ConflictError, match="not made at this counter"):
        counter.verification.verify(desk.counter, second.id, "no-such-check")
    assert status_of(desk, second.id) is Status.RECEIVED  # nothing recorded by a refused step
    with desk.services.db.read() as s:
        assert s.scalar(select(func.count()).where(ApplicationFinding.application_id == second.id)) == 0


def test_a_tenant_registration_is_issued_with_its_fields_its_check_and_labels_kept_apart(desk: Desk) -> None:  # noqa: F811
    counter = desk.services.counter
    tenant = received(desk, tenancy())
    counter.verification.verify(desk.counter, tenant.id)  # the tenant's CNIC is clear: ready, no SHO
    first = counter.issuing.issue(desk.counter, tenant.id)
    assert re.fullmatch(r"[A-Z0-9-]+/RR/2026/000001", first.number)
    with desk.services.db.read() as s:
        station = s.get(PoliceStation, first.station_id)
        assert station is not None
        printed = printed_document(first, station, training=False)
    assert printed.details.summary == "Tenant: no criminal record or wanted-list entry under CNIC 35202-3333333-3"
    labels = {line.label_en: line.value_en for line in printed.lines}
    # "Tenant's CNIC:" would read as the signed "CNIC:" label to the checker
    assert labels["Tenant's CNIC given"] == "35202-3333333-3" and "Tenant's CNIC" not in labels
    assert labels["Tenancy starts on"] == "01-12-2026"
    assert labels["Finding"] == "Tenant: no criminal record or wanted-list entry under CNIC 35202-3333333-3"
    assert "SHO's decision" not in labels


def tenancy() -> ApplicationDraft:
    return ApplicationDraft(
        service_code="tenant_registration",
        applicant=PersonDraft(name_en="Haji Rafiq", relation="s/o", relative_name_en="Haji Sadiq", cnic=CNIC),
        values={"landlord_name": "Haji Rafiq", "landlord_cnic": CNIC, "tenant_name": "Imran Shah",
                "tenant_cnic": "35202-3333333-3", "property_address": "House 4, Street 9, Model Town",
                "tenancy_from": "2026-12-01", "mobile": "0300 1234567"},
        documents=[0, 1, 2], language="en")




def test_any_service_s_issued_pdf_verifies_with_its_own_fields(desk: Desk, qapp: QApplication) -> None:  # noqa: F811
    """The printer knows no service: a tenant registration (labels like "Tenant's CNIC") checks VALID too."""
    del qapp  # the PDF is drawn by Qt
    load_fonts()
    counter = desk.services.counter
    tenant = received(desk, tenancy())
    counter.verification.verify(desk.counter, tenant.id)
    printed = counter.issuing.printed(desk.counter, counter.issuing.issue(desk.counter, tenant.id))
    pdf = write_issued_pdf(printed, counter.issuing.data_dir)
    assert pdf.name == f"registration-receipt-{printed.details.number.replace('/', '-')}.pdf"
    check = check_pdf_file(pdf, read_trust_list(default_trust_path(counter.issuing.data_dir)))
    assert check.valid, check.message
    assert check.verdict.details == printed.details
