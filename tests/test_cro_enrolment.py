"""CRO enrolment: the quality gate, agreement between impressions, one transaction, append-only records."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select, update

from app.biometrics import iso19794
from app.biometrics.synthetic import finger_seed, impression
from app.demo.cro import take_finger
from app.errors import PermissionDenied, ValidationError
from app.fingerprints.enrolment import EnrolmentDraft
from app.fingerprints.errors import (
    AlreadyWithdrawn,
    EnrolmentIncomplete,
    ImpressionsDisagree,
    PhotoUnreadable,
    PoorImpression,
)
from app.fingerprints.fingers import Category, Finger
from app.fingerprints.images import read_photo
from app.registers.fir_rules import PartyRef
from app.registers.verify import verify_all
from app.security.actor import Actor
from app.security.permissions import Role
from app.services import Services
from app.storage.models import AuditRecord, CroRecord, FingerImpression, FingerTemplate, OutboxOp
from tests import factories as F


@pytest.fixture
def cro(services: Services) -> Actor:
    return F.make_actor(services, Role.CRO_OFFICER, F.first_station(services).id, "cro")


def draft_for(services: Services, name: str, fingers: tuple[Finger, ...] = (Finger.RIGHT_THUMB,),
              **overrides: object) -> EnrolmentDraft:
    person = F.complainant(name_en=name, name_ur="", relative_name_ur="", cnic="")
    taken = {f: take_finger(services.enrolment, finger_seed(name, f)) for f in fingers}
    values: dict[str, object] = dict(person=PartyRef(draft=person), category=Category.WANTED,
                                     reason="Wanted in FIR 12/2026 u/s 392 PPC", fingers=taken)
    values.update(overrides)
    return EnrolmentDraft(**values)  # type: ignore[arg-type]


def png(colour: tuple[int, int, int], size: tuple[int, int] = (640, 800)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def test_enrolment_keeps_images_templates_and_one_index_row_per_finger(services: Services, cro: Actor) -> None:
    draft = draft_for(services, "Akram Khan", (Finger.RIGHT_THUMB, Finger.RIGHT_INDEX), photo=png((200, 180, 160)))
    record = services.enrolment.enrol(cro, draft)
    with services.db.read() as s:
        rows = list(s.scalars(select(FingerImpression).where(FingerImpression.record_id == record.id)
                              .order_by(FingerImpression.finger, FingerImpression.impression)))
        templates = list(s.scalars(select(FingerTemplate).where(FingerTemplate.record_id == record.id)))
        photo = s.scalar(select(CroRecord.photo).where(CroRecord.id == record.id))
        outbox = list(s.scalars(select(OutboxOp).where(OutboxOp.entity == "cro")))
        audit = list(s.scalars(select(AuditRecord.action).where(AuditRecord.action == "cro.enrol")))
        s.expunge_all()
    assert [(r.finger, r.impression) for r in rows] == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]
    for row, taken in zip(rows, draft.fingers[Finger.RIGHT_THUMB] + draft.fingers[Finger.RIGHT_INDEX], strict=True):
        assert np.array_equal(np.asarray(Image.open(io.BytesIO(row.image))), taken.pixels), "kept losslessly"
        template = iso19794.read(row.template)
        assert template.views[0].position == row.finger and len(template.views[0].minutiae) == len(taken.minutiae)
    assert len(templates) == 6, "every impression is indexed"
    assert photo is not None and Image.open(io.BytesIO(photo)).format == "JPEG"
    assert max(Image.open(io.BytesIO(photo)).size) <= 480
    assert len(outbox) == 1 and outbox[0].payload["person_uid"] == record.person.uid
    assert "image" not in str(outbox[0].payload).replace("image_sha256", ""), "no image travels in the operation"
    assert audit == ["cro.enrol"]
    assert verify_all(services.db) == []


def test_poor_and_foreign_impressions_are_refused(services: Services) -> None:
    blank = np.full((288, 256), 230, dtype=np.uint8)
    with pytest.raises(PoorImpression):
        services.enrolment.assess(blank, 500, [])
    mine = take_finger(services.enrolment, finger_seed("someone", 2))
    stranger = impression(finger_seed("somebody else", 2), 0).pixels
    with pytest.raises(ImpressionsDisagree):
        services.enrolment.assess(stranger, 500, mine)


def test_a_record_needs_a_person_a_reason_and_every_impression(services: Services, cro: Actor) -> None:
    with pytest.raises(ValidationError) as invalid:
        services.enrolment.enrol(cro, draft_for(services, "Nadeem", person=PartyRef(), reason="  "))
    assert {p.field for p in invalid.value.problems} == {"person.name_en", "reason"}
    short = draft_for(services, "Nadeem")
    short.fingers[Finger.RIGHT_THUMB].pop()
    with pytest.raises(EnrolmentIncomplete):
        services.enrolment.enrol(cro, short)
    with pytest.raises(PhotoUnreadable):
        services.enrolment.enrol(cro, draft_for(services, "Nadeem", photo=b"GIF89a not a photo"))
    with services.db.read() as s:
        assert s.scalar(select(CroRecord.id)) is None, "nothing was saved"


def test_disagreeing_impressions_handed_straight_to_enrol_are_refused(services: Services, cro: Actor) -> None:
    """The service checks again what the form checked: a mixed-up finger never enters a record."""
    draft = draft_for(services, "Shahid")
    draft.fingers[Finger.RIGHT_THUMB][2] = take_finger(services.enrolment, finger_seed("Other", 1))[0]
    with pytest.raises(ImpressionsDisagree):
        services.enrolment.enrol(cro, draft)


def test_only_roles_that_enrol_may_enrol(services: Services) -> None:
    station = F.first_station(services)
    with pytest.raises(PermissionDenied):
        services.enrolment.enrol(station.moharrar, draft_for(services, "Rafiq"))


def test_a_changed_image_breaks_the_chain(services: Services, cro: Actor) -> None:
    record = services.enrolment.enrol(cro, draft_for(services, "Tariq"))
    with services.db.write() as s:
        s.execute(update(FingerImpression).where(FingerImpression.record_id == record.id,
                                                  FingerImpression.impression == 2)
                  .values(image=png((0, 0, 0), (256, 288))))
    problems = verify_all(services.db)
    assert [p.register for p in problems] == ["cro"]


def test_withdrawal_keeps_the_record_and_takes_its_fingers_out_of_the_index(services: Services, cro: Actor) -> None:
    record = services.enrolment.enrol(cro, draft_for(services, "Jamil"))
    assert services.gallery.warm_up() == 3
    services.enrolment.withdraw(cro, record.id, "Arrested; court order of 3-11-2026")
    assert services.gallery.warm_up() == 0
    with pytest.raises(AlreadyWithdrawn):
        services.enrolment.withdraw(cro, record.id, "again")
    with services.db.read() as s:
        assert s.get(CroRecord, record.id) is not None
    assert verify_all(services.db) == []


def test_a_chosen_photo_file_is_checked_and_re_encoded(tmp_path: Path) -> None:
    good, garbage = tmp_path / "face.png", tmp_path / "face.jpg"
    good.write_bytes(png((120, 90, 60), (900, 1200)))
    garbage.write_bytes(b"\xff\xd8\xff not really a JPEG")
    with Image.open(io.BytesIO(read_photo(good))) as photo:
        assert photo.format == "JPEG" and photo.size == (360, 480)
    for unusable in (garbage, tmp_path / "missing.jpg"):
        with pytest.raises(PhotoUnreadable):
            read_photo(unusable)
