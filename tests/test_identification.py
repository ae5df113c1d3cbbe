"""1:N identification: red, yellow or green against the station's records, every check logged."""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from app.biometrics import thresholds
from app.biometrics.synthetic import finger_seed, impression
from app.demo.cro import take_finger
from app.errors import PermissionDenied, ValidationError
from app.fingerprints.enrolment import IMPRESSIONS_PER_FINGER, EnrolmentDraft, Impression
from app.fingerprints.errors import ImpressionsDisagree, PoorImpression, TooFewFeatures
from app.fingerprints.fingers import Category, Finger
from app.fingerprints.identification import Outcome, Purpose
from app.registers.fir_rules import PartyRef
from app.registers.verify import verify_all
from app.security.actor import Actor
from app.security.keystore import KeyringKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from app.storage.models import AuditRecord, IdentificationCheck, OutboxOp
from tests import factories as F

TOY = Path(__file__).resolve().parents[2] / "shared" / "fingerprints" / "TOY_PNG"
PEOPLE = ("Akbar Ali", "Bashir Ahmad", "Chaudhry Saleem")


@pytest.fixture
def officers(services: Services) -> tuple[Actor, Actor]:
    station_id = F.first_station(services).id
    return (F.make_actor(services, Role.CRO_OFFICER, station_id, "cro"),
            F.make_actor(services, Role.CHECKPOST_OFFICER, station_id, "checkpost"))


def enrol(services: Services, cro: Actor, name: str, finger: Finger = Finger.RIGHT_INDEX) -> str:
    person = F.complainant(name_en=name, name_ur="", relative_name_ur="", cnic="")
    draft = EnrolmentDraft(PartyRef(draft=person), Category.WANTED, f"Wanted: {name}",
                           {finger: take_finger(services.enrolment, finger_seed(name, finger))})
    return services.enrolment.enrol(cro, draft).uid


def test_an_enrolled_finger_is_red_and_a_stranger_is_green(services: Services, officers: tuple[Actor, Actor]) -> None:
    cro, officer = officers
    uids = {name: enrol(services, cro, name) for name in PEOPLE}
    probe = impression(finger_seed("Bashir Ahmad", Finger.RIGHT_INDEX), 3).pixels  # not an enrolled impression
    hit = services.identification.identify(officer, probe, 500, place="Thokar Niaz Baig picket")
    assert hit.outcome is Outcome.RED
    assert hit.candidates[0].record_uid == uids["Bashir Ahmad"]
    assert hit.candidates[0].person.name_en == "Bashir Ahmad" and hit.candidates[0].finger == Finger.RIGHT_INDEX
    stranger = impression(finger_seed("nobody on record", Finger.RIGHT_INDEX), 0).pixels
    miss = services.identification.identify(officer, stranger, 500, place="Thokar Niaz Baig picket")
    assert miss.outcome is Outcome.GREEN and miss.candidates == []
    with services.db.read() as s:
        checks = list(s.scalars(select(IdentificationCheck).order_by(IdentificationCheck.id)))
        audit = list(s.scalars(select(AuditRecord.action).where(AuditRecord.action == "identification.check")))
        outbox = list(s.scalars(select(OutboxOp.entity).where(OutboxOp.entity == "idcheck")))
        s.expunge_all()
    assert [(c.outcome, c.place, c.officer_id, c.purpose) for c in checks] == [
        ("red", "Thokar Niaz Baig picket", officer.user_id, "check_post"),
        ("green", "Thokar Niaz Baig picket", officer.user_id, "check_post")]
    assert checks[0].candidates[0]["record_uid"] == uids["Bashir Ahmad"]
    assert len(audit) == 2 and len(outbox) == 2
    assert verify_all(services.db) == []


def test_a_check_needs_a_place_and_the_permission(services: Services, officers: tuple[Actor, Actor]) -> None:
    cro, officer = officers
    enrol(services, cro, "Akbar Ali")
    probe = impression(finger_seed("Akbar Ali", Finger.RIGHT_INDEX), 5).pixels
    with pytest.raises(ValidationError) as invalid:
        services.identification.identify(officer, probe, 500, place="  ")
    assert [p.field for p in invalid.value.problems] == ["place"]
    moharrar = F.make_actor(services, Role.MOHARRAR, officer.station_id, "moharrar")
    with pytest.raises(PermissionDenied):
        services.identification.identify(moharrar, probe, 500, place="Station gate")
    with services.db.read() as s:
        assert s.scalar(select(IdentificationCheck.id)) is None


def test_the_index_is_rebuilt_from_the_encrypted_database(services: Services, officers: tuple[Actor, Actor],
                                                           data_dir: Path) -> None:
    cro, officer = officers
    uid = enrol(services, cro, "Chaudhry Saleem")
    reopened = open_services(data_dir, KeyringKeyStore(data_dir))
    try:
        probe = impression(finger_seed("Chaudhry Saleem", Finger.RIGHT_INDEX), 4).pixels
        result = reopened.identification.identify(officer, probe, 500, place="Khidmat Markaz counter 2",
                                                  purpose=Purpose.COUNTER)
    finally:
        reopened.close()
    assert result.outcome is Outcome.RED and result.candidates[0].record_uid == uid


def toy(finger: int, impression_no: int) -> np.ndarray:
    with Image.open(TOY / f"{finger}_{impression_no}.png") as image:
        return np.asarray(image.convert("L"), dtype=np.uint8)


def test_identification_on_the_toy_set(services: Services, officers: tuple[Actor, Actor]) -> None:
    """Sixteen fingers enrolled as a CRO officer would (the first three impressions that pass the gates);
    every other impression is searched, and one the quality gate refuses is placed again, not searched."""
    cro, officer = officers
    fingers = sorted({int(p.stem.split("_")[0]) for p in TOY.glob("*.png")})
    assert len(fingers) == 16
    uids, probes = {}, []
    for finger in fingers:
        taken: list[Impression] = []
        for number in range(1, 9):
            if len(taken) < IMPRESSIONS_PER_FINGER:
                with contextlib.suppress(PoorImpression, TooFewFeatures, ImpressionsDisagree):
                    taken.append(services.enrolment.assess(toy(finger, number), 500, taken))
                    continue
            probes.append((finger, number))
        if len(taken) < IMPRESSIONS_PER_FINGER:
            continue  # a finger too worn to enrol: the officer notes it; its prints stay unknown
        draft = EnrolmentDraft(PartyRef(draft=F.complainant(name_en=f"Toy {chr(64 + finger)}", name_ur="",
                                                            relative_name_ur="", cnic="")),
                               Category.CRIMINAL_RECORD, "toy set", {Finger.RIGHT_INDEX: taken})
        uids[finger] = services.enrolment.enrol(cro, draft).uid
    assert len(uids) >= 14, f"only {len(uids)} of 16 fingers could be enrolled"
    found = searched = 0
    for finger, number in probes:
        try:
            result = services.identification.identify(officer, toy(finger, number), 500, place="training room")
        except (PoorImpression, TooFewFeatures):
            continue
        if finger not in uids:
            assert result.outcome is not Outcome.RED, "an unenrolled finger is never a probable hit"
            continue
        searched += 1
        found += bool(result.candidates) and result.candidates[0].record_uid == uids[finger]
    assert searched >= 0.8 * sum(f in uids for f, _ in probes), f"only {searched} probes passed the quality gate"
    assert found / searched >= 0.95, f"{found} of {searched} found first"


def test_thresholds_rise_with_the_number_of_prints_searched() -> None:
    """One print searched is one comparison: the 1:1 thresholds. Each tenfold gallery asks for a higher score."""
    red, yellow = thresholds.search_thresholds(1)
    assert red == pytest.approx(thresholds.RED, abs=2e-3) and yellow == thresholds.YELLOW
    sizes = (10, 100, 1_000, 10_000, 100_000)
    levels = [thresholds.search_thresholds(n) for n in sizes]
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(levels, levels[1:], strict=False))
    assert all(yellow < red for red, yellow in levels)
