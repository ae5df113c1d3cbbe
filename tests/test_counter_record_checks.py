"""The shared CNIC check: live criminal records and wanted-list entries are hits, withdrawn ones are not."""

from __future__ import annotations

from app.counter.record_checks import CNIC_CHECK, records_against_cnic
from app.fingerprints.fingers import Category
from app.security.permissions import Role
from app.services import Services
from app.storage.models import WantedPerson
from tests import factories as F
from tests.test_cro_enrolment import draft_for

CNIC = "35202-1234567-1"


def test_a_live_record_under_the_cnic_is_a_hit_and_a_withdrawn_one_is_not(services: Services) -> None:
    cro = F.make_actor(services, Role.CRO_OFFICER, F.first_station(services).id, "cro")
    draft = draft_for(services, "Akram Khan", category=Category.PROCLAIMED_OFFENDER, reason="PO in FIR 7/2025")
    draft.person.draft.cnic = CNIC  # type: ignore[union-attr]
    record = services.enrolment.enrol(cro, draft)
    with services.db.read() as s:
        found = records_against_cnic(s, CNIC)
        assert records_against_cnic(s, "35202-7654321-1") == [] and records_against_cnic(s, "") == []
    assert [(f.source, f.hit, f.record_uid) for f in found] == [(CNIC_CHECK, True, record.uid)]
    assert found[0].en == "Proclaimed offender: Akram Khan: PO in FIR 7/2025"
    assert found[0].ur.startswith("اشتہاری مجرم: ")
    services.enrolment.withdraw(cro, record.id, "Acquitted; court order of 3-11-2026")
    with services.db.read() as s:
        assert records_against_cnic(s, CNIC) == []


def test_a_national_wanted_entry_under_the_cnic_is_a_hit_until_withdrawn(services: Services) -> None:
    with services.db.write() as s:
        s.add(WantedPerson(uid="national:w1", position=1, source="national", category="wanted", name_en="Zahid Ali",
                           cnic=CNIC, reason="Wanted in a Karachi FIR"))
    with services.db.read() as s:
        assert [f.record_uid for f in records_against_cnic(s, CNIC)] == ["national:w1"]
    with services.db.write() as s:
        entry = s.get(WantedPerson, "national:w1")
        assert entry is not None
        entry.withdrawn = True
    with services.db.read() as s:
        assert records_against_cnic(s, CNIC) == []
