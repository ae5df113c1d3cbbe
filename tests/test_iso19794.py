"""ISO/IEC 19794-2:2005 records: the foreign templates in ../shared read and write back byte for byte,
and no damaged or hostile record gets past the reader as anything but a TemplateError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.biometrics.iso19794 import FingerView, Minutia, MinutiaKind, Template, TemplateError, read, write

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "fingerprints" / "iso_secugen"
RECORDS = sorted(SHARED.rglob("*.iso"))


def test_every_shared_template_reads_and_writes_back_unchanged() -> None:
    assert len(RECORDS) == 320
    for path in RECORDS:
        data = path.read_bytes()
        template = read(data)
        assert (template.width, template.height, template.x_resolution) == (300, 400, 197)
        assert len(template.views) == 1 and len(template.views[0].minutiae) > 10, path
        assert write(template) == data, path


def test_a_known_record_field_by_field() -> None:
    template = read((SHARED / "FVC2002_DB1_B" / "101_1.iso").read_bytes())
    first = template.views[0].minutiae[0]
    assert len(template.views[0].minutiae) == 25
    assert (first.kind, first.x, first.y, first.angle) == (MinutiaKind.BIFURCATION, 0xA5, 0x30, 0x6B)
    assert round(template.dpi) == 500


@st.composite
def templates(draw: st.DrawFn) -> Template:
    width, height = draw(st.integers(1, 2000)), draw(st.integers(1, 2000))
    minutia = st.builds(Minutia, st.integers(0, width - 1), st.integers(0, height - 1), st.integers(0, 255),
                        st.sampled_from(MinutiaKind), st.integers(0, 100))
    view = st.builds(FingerView, st.integers(0, 10), st.lists(minutia, max_size=60).map(tuple), st.integers(0, 15),
                     st.sampled_from([0, 1, 2, 3, 8]), st.integers(0, 100), st.binary(max_size=20))
    return Template(width, height, tuple(draw(st.lists(view, max_size=3))), draw(st.integers(1, 1000)),
                    draw(st.integers(1, 1000)), draw(st.integers(0, 0xFFFF)))


@given(templates())
def test_write_then_read_is_the_identity(template: Template) -> None:
    assert read(write(template)) == template


@given(st.sampled_from(RECORDS), st.data())
def test_a_truncated_record_is_refused(path: Path, data: st.DataObject) -> None:
    record = path.read_bytes()
    cut = data.draw(st.integers(0, len(record) - 1))
    with pytest.raises(TemplateError):
        read(record[:cut])


@given(st.sampled_from(RECORDS), st.data())
def test_a_damaged_record_reads_or_is_refused_never_crashes(path: Path, data: st.DataObject) -> None:
    record = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        record[data.draw(st.integers(0, len(record) - 1))] = data.draw(st.integers(0, 255))
    try:
        template = read(bytes(record))
    except TemplateError:
        return
    assert write(template) == bytes(record)  # whatever is accepted is a consistent record


@given(st.binary(max_size=400))
def test_garbage_is_refused(garbage: bytes) -> None:
    with pytest.raises(TemplateError):
        read(garbage)


def test_out_of_range_fields_are_not_written() -> None:
    outside = Template(100, 100, (FingerView(1, (Minutia(100, 5, 0),)),))
    with pytest.raises(TemplateError, match="minutia at"):
        write(outside)


@pytest.mark.parametrize("minutia", [Minutia(20000, 5, 0), Minutia(5, 5, 256), Minutia(5, 5, 0, quality=101),
                                     Minutia(-1, 5, 0)])
def test_fields_that_do_not_fit_their_bits_are_refused(minutia: Minutia) -> None:
    with pytest.raises(TemplateError):
        write(Template(30000, 30000, (FingerView(1, (minutia,)),)))
