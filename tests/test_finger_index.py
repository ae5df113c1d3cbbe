"""The 1:N fingerprint index: its stored rows, its search over a gallery of distractors, and its changes while
it is searched. Real prints: FVC2002 DB1_B from ../shared, read in place, through our extractor."""

from __future__ import annotations

import functools
import math
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.biometrics.engine import Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.index import FingerIndex, IndexEntryError, pack, unpack
from app.biometrics.index_format import MAX_MINUTIAE
from app.biometrics.index_screen import distances
from app.biometrics.matching import MccMatcher
from bench.fingerprint_gallery import perturbed

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "fingerprints" / "FVC2002_DB1_B"
MATCHER = MccMatcher()
MATE, DISTRACTORS = 1, range(2, 11)  # FVC2002 DB1 fingers: the one planted, the ones varied into strangers
SHORTLIST = 8  # far below the gallery: the pre-filter has to find the mate, the matcher only ranks


@functools.cache
def fvc(finger: int, impression: int) -> Minutiae:
    image = Image.open(SHARED / f"{100 + finger}_{impression}.tif").convert("L")
    return MinutiaeExtractor().extract(np.asarray(image))


@functools.cache
def gallery() -> tuple[tuple[int, bytes], ...]:
    """Key 1 is the mate's first impression; keys 2.. are 600 strangers: the other fingers' first impressions
    and variants of them (never of the mate)."""
    rng = np.random.default_rng(5)
    strangers = [fvc(f, 1) for f in DISTRACTORS]
    rows = [pack(m) for m in strangers]
    rows += [pack(perturbed(strangers[n % len(strangers)], rng)) for n in range(600 - len(rows))]
    return ((1, pack(fvc(MATE, 1))), *((key, row) for key, row in enumerate(rows, start=2)))


def index(rows: tuple[tuple[int, bytes], ...] | None = None) -> FingerIndex:
    return FingerIndex.load(gallery() if rows is None else rows, matcher=MATCHER, shortlist=SHORTLIST)


@st.composite
def templates(draw: st.DrawFn) -> Minutiae:
    width, height = draw(st.integers(1, 2047)), draw(st.integers(1, 2047))
    n = draw(st.integers(0, MAX_MINUTIAE + 20))

    def column(strategy: st.SearchStrategy[float] | st.SearchStrategy[int]) -> list[float] | list[int]:
        return draw(st.lists(strategy, min_size=n, max_size=n))

    return Minutiae(
        x=np.array(column(st.floats(0, width - 1)), dtype=np.float32),
        y=np.array(column(st.floats(0, height - 1)), dtype=np.float32),
        angle=np.array(column(st.floats(0, 2 * math.pi, exclude_max=True)), dtype=np.float32),
        kind=np.array(column(st.integers(0, 2)), dtype=np.uint8),
        quality=np.array(column(st.integers(0, 100)), dtype=np.uint8),
        width=width, height=height)


@settings(max_examples=150, deadline=None)
@given(templates())
def test_pack_keeps_the_most_reliable_minutiae_quantised(m: Minutiae) -> None:
    row = pack(m)
    back = unpack(row)
    kept = np.sort(np.argsort(-m.quality.astype(int), kind="stable")[:MAX_MINUTIAE])
    assert len(row) <= 2048 and len(row) % 8 == 0
    assert (back.width, back.height) == (m.width, m.height)
    assert np.array_equal(back.x, np.rint(m.x[kept]))
    assert np.array_equal(back.y, np.rint(m.y[kept]))
    turn = np.abs(np.angle(np.exp(1j * (back.angle.astype(float) - m.angle[kept]))))
    assert (turn <= math.pi / 256 + 1e-5).all()
    assert np.array_equal(back.kind, m.kind[kept])
    assert pack(back) == row  # a stored template stores the same again


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damage_to_a_row_is_a_typed_error(data: st.DataObject) -> None:
    key, row = data.draw(st.sampled_from(gallery()[:12]))
    damage = data.draw(st.sampled_from(["truncate", "flip", "append", "garbage"]))
    if damage == "truncate":
        bad = row[:data.draw(st.integers(0, len(row) - 1))]
    elif damage == "flip":
        at = data.draw(st.integers(0, len(row) - 1))
        bad = row[:at] + bytes([row[at] ^ data.draw(st.integers(1, 255))]) + row[at + 1:]
    elif damage == "append":
        bad = row + data.draw(st.binary(min_size=1, max_size=64))
    else:
        bad = data.draw(st.binary(max_size=512))
    with pytest.raises(IndexEntryError, match="damaged"):
        unpack(bad)
    with pytest.raises(IndexEntryError, match=f"entry {key}"):
        FingerIndex.load([(7, gallery()[0][1]), (key, bad)], matcher=MATCHER)
    with pytest.raises(IndexEntryError):
        index().add(10_000, bad)


def test_a_row_of_another_version_is_refused_even_with_a_good_checksum() -> None:
    row = bytearray(gallery()[0][1])
    row[2] = 2  # version; the checksum covers the rest of the row, not how to read it
    with pytest.raises(IndexEntryError, match="version 1"):
        unpack(bytes(row))


def test_the_planted_mate_comes_first_among_strangers() -> None:
    found = index()
    assert len(found) == 601
    for impression in (2, 3, 4):
        hits = found.search(fvc(MATE, impression), 5)
        assert hits[0].key == 1
        assert hits[0].score > 2 * hits[1].score
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
        assert all(0 <= h.score <= 1 for h in hits)


def test_a_removed_template_is_never_found_again() -> None:
    found = index()
    found.remove(1)
    assert 1 not in found and len(found) == 600
    assert 1 not in [h.key for h in found.search(fvc(MATE, 2), 5)]
    assert 1 not in found.screen(fvc(MATE, 2), 600)
    with pytest.raises(KeyError):
        found.remove(1)


def test_removing_most_of_the_gallery_compacts_it_and_keeps_the_rest_searchable() -> None:
    found = index()
    for key in range(2, 500):
        found.remove(key)
    remaining = found.screen(fvc(MATE, 2), 1000)
    assert sorted(remaining) == [1, *range(500, 602)]
    assert found.search(fvc(MATE, 2), 1)[0].key == 1


def test_adding_to_a_loaded_index_finds_the_new_template() -> None:
    found = index(gallery()[1:])
    assert found.search(fvc(MATE, 2), 1)[0].key != 1
    found.add(1, gallery()[0][1])
    assert found.search(fvc(MATE, 2), 1)[0].key == 1
    with pytest.raises(ValueError, match="already"):
        found.add(1, gallery()[0][1])


def test_loading_rows_is_the_same_as_adding_them_one_by_one() -> None:
    rows = gallery()
    loaded = index()
    added = FingerIndex(MATCHER, shortlist=SHORTLIST)
    for key, row in rows:
        added.add(key, row)
    assert len(added) == len(loaded)
    for finger in (MATE, 3):
        probe = fvc(finger, 5)
        assert added.screen(probe, 50) == loaded.screen(probe, 50)
        assert added.search(probe, 5) == loaded.search(probe, 5)


def test_enrolment_and_searches_at_the_same_time() -> None:
    rows = gallery()
    found = index(rows[:100])
    problems: list[BaseException] = []

    def enrol() -> None:
        try:
            for key, row in rows[100:]:
                found.add(key, row)
                if key % 3 == 0:
                    found.remove(key)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            problems.append(exc)

    enrolling = threading.Thread(target=enrol)
    enrolling.start()
    try:
        searches = [found.search(fvc(MATE, 2), 3) for _ in range(5)]
    finally:
        enrolling.join()
    assert not problems
    assert all(hits and hits[0].key == 1 for hits in searches)
    assert len(found) == 100 + sum(1 for key, _ in rows[100:] if key % 3)
    assert found.search(fvc(MATE, 2), 1)[0].key == 1


def test_every_probe_word_counts_in_the_screening_distance() -> None:
    """A print that overlaps the probe only in part shares few neighbourhoods with it: the screening distance
    sums the closest word for every probe word, so a stranger's few lucky words do not outweigh a template
    that is close throughout."""
    probe = np.uint64(0x3F) << (np.uint64(6) * np.arange(10, dtype=np.uint64))  # ten words 12 bits apart
    lucky = probe[:8]  # eight of them exactly: the last two are 12 bits from its nearest
    close = probe ^ np.uint64(1 << 63)  # every word one bit away
    found = distances(probe, np.concatenate([lucky, close]), first=np.array([0, 8]), count=np.array([8, 10]))
    assert found.tolist() == [2 * 12, 10 * 1]
