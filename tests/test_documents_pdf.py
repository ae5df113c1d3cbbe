"""Issued documents as PDF with a signed QR code, and ``thana verify-document`` on them and on forgeries."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, StreamObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.cli import main
from app.documents import base45
from app.documents.details import DocumentDetails, IdKind
from app.documents.kinds import DocumentKind
from app.documents.local_trust import default_trust_path, station_signing_key
from app.documents.printed import NO_RECORD, Line, PrintedDocument, person_lines, standard_lines
from app.documents.qr import QUIET_ZONE, qr_modules
from app.documents.signing import PREFIX, key_id, sign
from app.documents.trust import published_key
from app.security.keystore import FileKeyStore
from app.storage.models import IssuedDocument
from ui.fonts import load_fonts
from ui.printing.documents import qr_image, write_document_pdf

ROOT = Path(__file__).resolve().parent.parent
STATION = "PB-LHR-MTN"
CNIC = "35202-1234567-1"
STATION_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    del qapp  # the fonts need the application object
    assert "Noto Nastaliq Urdu" in load_fonts()


def details(key: Ed25519PrivateKey = STATION_KEY, **changes: object) -> DocumentDetails:
    base = DocumentDetails(DocumentKind.CHARACTER_CERTIFICATE, "PB-LHR-MTN/CC/2026/000123", STATION,
                           datetime(2026, 12, 1, 9, 30, tzinfo=UTC), "Muhammad Imran", IdKind.CNIC, CNIC,
                           "No criminal record found", key_id(key.public_key()))
    return replace(base, **changes)  # type: ignore[arg-type]


def certificate(d: DocumentDetails, payload: str) -> PrintedDocument:
    """A certificate as the counter prints one: the standard lines with parentage, address and finding."""
    lines = standard_lines(d, "محمد عمران")
    parentage, address = person_lines("s/o", "Muhammad Aslam", "محمد اسلم", "House 12, Street 4, Model Town, Lahore")
    assert parentage is not None and address is not None
    lines[2:2] = [parentage]
    lines += [address, Line("Finding", d.summary, "نتیجہ", NO_RECORD[1])]
    return PrintedDocument(d, payload, "Model Town", "ماڈل ٹاؤن", tuple(lines))


def write(path: Path, key: Ed25519PrivateKey = STATION_KEY, payload: str | None = None,
          d: DocumentDetails | None = None) -> Path:
    d = d or details(key)
    write_document_pdf(certificate(d, payload or sign(d, key)), path)
    return path


def trust_file(tmp_path: Path, keys: list[Ed25519PrivateKey] = [STATION_KEY],  # noqa: B006 - never changed
               revoked: list[Ed25519PrivateKey] = []) -> Path:  # noqa: B006
    path = tmp_path / "trusted-keys.json"
    path.write_text(json.dumps({"keys": [published_key(k, STATION) for k in keys],
                                "revoked": [key_id(k.public_key()) for k in revoked]}), encoding="utf-8")
    return path


def verify_document(pdf: Path, keys: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["verify-document", str(pdf), "--keys", str(keys)])
    return code, capsys.readouterr().out.splitlines()


# --- tampering with a written PDF, the way a forger would -----------------------------------------------------

def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    """Glyph code -> text of a font's ToUnicode map (Qt writes bfrange lists and plain ranges)."""
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    codes: dict[int, str] = {}
    for start, end, target in re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)> (\[[^\]]*\]|<[0-9A-F]+>)", cmap):
        first, last = int(start, 16), int(end, 16)
        if target.startswith("["):
            for offset, hex_text in enumerate(re.findall(r"<([0-9A-F]+)>", target)):
                codes[first + offset] = bytes.fromhex(hex_text).decode("utf-16-be")
        else:
            for offset in range(last - first + 1):
                codes[first + offset] = chr(int(target[1:-1], 16) + offset)
    return codes


def alter_text(pdf: Path, old: str, new: str, occurrence: int = 0) -> Path:
    """Rewrite the glyphs of one printed ``old`` in the content stream so the page reads ``new``."""
    assert len(old) == len(new)
    writer = PdfWriter(clone_from=PdfReader(pdf))
    page = writer.pages[0]
    fonts = page["/Resources"]["/Font"]
    maps = {str(name)[1:]: _to_unicode(fonts[name].get_object()) for name in fonts}
    lines = page.get_contents().get_data().decode("latin-1").split("\n")
    glyphs: list[tuple[int, str, str]] = []  # line, font, character
    font = ""
    for number, line in enumerate(lines):
        if match := re.search(r"/(F\d+) [\d.]+ Tf", line):
            font = match.group(1)
        if match := re.search(r"<([0-9A-F]{4})> Tj$", line):
            glyphs.append((number, font, maps[font].get(int(match.group(1), 16), "")))
    # One character per glyph: a Nastaliq glyph may stand for none or several, so they are left out;
    # spaces are moves, not glyphs.
    latin = [glyph for glyph in glyphs if len(glyph[2]) == 1 and not glyph[2].isspace()]
    old, new = old.replace(" ", ""), new.replace(" ", "")
    printed = "".join(char for _, _, char in latin)
    start = [m.start() for m in re.finditer(re.escape(old), printed)][occurrence]
    for offset, (was, becomes) in enumerate(zip(old, new, strict=True)):
        if was != becomes:
            number, font, _ = latin[start + offset]
            code = next(c for c, char in maps[font].items() if char == becomes)
            lines[number] = re.sub(r"<[0-9A-F]{4}> Tj$", f"<{code:04X}> Tj", lines[number])
    stream = StreamObject()
    stream.set_data("\n".join(lines).encode("latin-1"))
    page.replace_contents(stream)  # type: ignore[arg-type]
    out = pdf.with_name(pdf.stem + "-altered.pdf")
    writer.write(out)
    return out


def swap_qr(pdf: Path, donor: Path) -> Path:
    """Put the QR image of ``donor`` in place of ``pdf``'s own (same pixel size: same payload length)."""
    writer = PdfWriter(clone_from=PdfReader(pdf))
    images = writer.pages[0]["/Resources"]["/XObject"]
    donor_images = PdfReader(donor).pages[0]["/Resources"]["/XObject"]
    (target,), (source,) = ([o.get_object() for o in xs.values() if o.get_object()["/Subtype"] == "/Image"]
                            for xs in (images, donor_images))
    assert (target["/Width"], target["/Height"]) == (source["/Width"], source["/Height"])
    target.set_data(source.get_data())
    out = pdf.with_name(pdf.stem + "-swapped.pdf")
    writer.write(out)
    return out


def tampered_payload(payload: str, old: str, new: str) -> str:
    """The payload with its JSON changed and the old signature kept."""
    frame = base45.decode(payload[len(PREFIX):])
    return PREFIX + base45.encode(frame.replace(old.encode(), new.encode()))


# --- the tests ------------------------------------------------------------------------------------------------

def test_documents_certificate_verifies_valid_through_the_cli(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out = verify_document(write(tmp_path / "cc.pdf"), trust_file(tmp_path), capsys)
    assert code == 0
    assert out[0] == "VALID"
    assert "Number: PB-LHR-MTN/CC/2026/000123" in out
    assert f"CNIC: {CNIC}" in out and "Name: Muhammad Imran" in out
    assert "Issued: 01-12-2026 14:30 (Pakistan time)" in out


def test_documents_verify_document_runs_as_a_command(tmp_path: Path) -> None:
    pdf, keys = write(tmp_path / "cc.pdf"), trust_file(tmp_path)
    run = subprocess.run([sys.executable, "-m", "app.cli", "verify-document", str(pdf), "--keys", str(keys)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout.splitlines()[0], run.stderr) == (0, "VALID", "")
    altered = alter_text(pdf, CNIC, CNIC.replace("1234567", "1234557"))
    run = subprocess.run([sys.executable, "-m", "app.cli", "verify-document", str(altered), "--keys", str(keys)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout.splitlines()[0]) == (1, "INVALID: altered")


def test_documents_qr_is_stored_losslessly_as_one_bit_at_whole_pixels_per_module(tmp_path: Path) -> None:
    d = details()
    payload = sign(d, STATION_KEY)
    image = qr_image(payload, 6)
    assert image.format() == QImage.Format.Format_Mono
    side = qr_modules(payload).shape[0] + 2 * QUIET_ZONE
    assert (image.width(), image.height()) == (6 * side, 6 * side)
    (stored,) = PdfReader(write(tmp_path / "cc.pdf")).pages[0].images
    raw = stored.indirect_reference.get_object() if stored.indirect_reference else None
    assert raw is not None and raw["/BitsPerComponent"] == 1 and raw["/Filter"] != "/DCTDecode"
    assert stored.image is not None and stored.image.width == 6 * side  # 300 dpi: 0.5 mm a module


def test_documents_changed_cnic_digit_in_the_text_is_altered(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    pdf = write(tmp_path / "cc.pdf")
    altered = alter_text(pdf, CNIC, "35202-1234557-1")
    assert "35202-1234557-1" in PdfReader(altered).pages[0].extract_text()  # the page now shows the forgery
    code, out = verify_document(altered, trust_file(tmp_path), capsys)
    assert (code, out) == (1, ["INVALID: altered",
                               "The document has been altered: the printed text differs from the signed details."])


@pytest.mark.parametrize(("old", "new", "occurrence"), [
    ("Muhammad Imran", "Muhammad Amran", 0),
    ("01-12-2026", "02-12-2026", 1),  # the date of issue beside the QR code, the table's left as signed
    ("PB-LHR-MTN/CC/2026/000123", "PB-LHR-MTN/CC/2026/000124", 1),
])
def test_documents_any_printed_signed_field_changed_is_altered(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               old: str, new: str, occurrence: int) -> None:
    altered = alter_text(write(tmp_path / "cc.pdf"), old, new, occurrence)
    code, out = verify_document(altered, trust_file(tmp_path), capsys)
    assert (code, out[0]) == (1, "INVALID: altered")


def test_documents_qr_replaced_by_another_keys_valid_code_is_unknown_key(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    genuine = write(tmp_path / "cc.pdf")
    donor = write(tmp_path / "donor.pdf", OTHER_KEY)  # a valid code, signed by a key nobody published
    code, out = verify_document(swap_qr(genuine, donor), trust_file(tmp_path), capsys)
    assert (code, out[0]) == (1, "INVALID: unknown key")


def test_documents_qr_of_a_tampered_payload_is_altered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    genuine = write(tmp_path / "cc.pdf")
    forged = tampered_payload(sign(details(), STATION_KEY), CNIC, "35202-7654321-1")
    donor = write(tmp_path / "donor.pdf", payload=forged)
    code, out = verify_document(swap_qr(genuine, donor), trust_file(tmp_path), capsys)
    assert out == ["INVALID: altered",
                   "The document has been altered: its contents do not match the station's signature."]
    assert code == 1


def test_documents_certificate_from_an_unknown_key_is_unknown_key(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out = verify_document(write(tmp_path / "cc.pdf", OTHER_KEY), trust_file(tmp_path), capsys)
    assert (code, out[0]) == (1, "INVALID: unknown key")


def test_documents_certificate_from_a_revoked_key_is_revoked(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    keys = trust_file(tmp_path, revoked=[STATION_KEY])
    code, out = verify_document(write(tmp_path / "cc.pdf"), keys, capsys)
    assert (code, out[0]) == (1, "INVALID: revoked")


@pytest.mark.parametrize("damage", ["truncated", "text file", "empty", "no code"])
def test_documents_damaged_or_foreign_files_are_malformed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          damage: str) -> None:
    genuine = write(tmp_path / "cc.pdf").read_bytes()
    target = tmp_path / "file.pdf"
    if damage == "truncated":
        target.write_bytes(genuine[:len(genuine) // 2])
    elif damage == "text file":
        target.write_text("This is a character certificate, honestly.\n", encoding="utf-8")
    elif damage == "empty":
        target.write_bytes(b"")
    else:  # a PDF with no code on it
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        writer.write(target)
    code, out = verify_document(target, trust_file(tmp_path), capsys)
    assert (code, out[0]) == (1, "INVALID: malformed")


def test_documents_urdu_text_is_in_the_pdf(tmp_path: Path) -> None:
    """Nastaliq runs are drawn in the embedded Urdu font (pypdf cannot read shaped Nastaliq back as text)."""
    page = PdfReader(write(tmp_path / "cc.pdf")).pages[0]
    fonts = page["/Resources"]["/Font"]
    urdu = [str(name)[1:] for name in fonts if "Nastaliq" in str(fonts[name].get_object()["/BaseFont"])]
    assert urdu
    content = page.get_contents().get_data().decode("latin-1")
    glyphs, font = 0, ""
    for line in content.split("\n"):
        if match := re.search(r"/(F\d+) [\d.]+ Tf", line):
            font = match.group(1)
        glyphs += font in urdu and line.endswith("Tj")
    assert glyphs > 150  # titles, labels, names, the finding and the how-to-check line in Urdu


def test_documents_station_key_is_trusted_in_the_data_folder_by_default(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "station"
    key = station_signing_key(FileKeyStore(tmp_path / "station.key"), data_dir, STATION)
    assert station_signing_key(FileKeyStore(tmp_path / "station.key"), data_dir, STATION) is not key
    listing = json.loads(default_trust_path(data_dir).read_text(encoding="utf-8"))
    assert listing == {"keys": [published_key(key, STATION)], "revoked": []}  # once, without the private key
    pdf = write(tmp_path / "cc.pdf", key)
    assert main(["verify-document", str(pdf), "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.startswith("VALID\n")


def test_documents_missing_trust_list_is_one_line_and_exit_2(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    pdf = write(tmp_path / "cc.pdf")
    assert main(["verify-document", str(pdf), "--keys", str(tmp_path / "none.json")]) == 2
    assert "no list of trusted station keys" in capsys.readouterr().err


def test_documents_a_second_code_on_the_page_is_altered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A forger cannot add his own code beside the genuine one and hope the checker reads his."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPdfWriter

    genuine = sign(details(), STATION_KEY)
    other = sign(details(number="PB-LHR-MTN/CC/2026/000999"), STATION_KEY)
    target = tmp_path / "two.pdf"
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.drawImage(QPointF(0, 0), qr_image(genuine, 6))
    painter.drawImage(QPointF(0, 1200), qr_image(other, 6))
    painter.end()
    code, out = verify_document(target, trust_file(tmp_path), capsys)
    assert (code, out) == (1, ["INVALID: altered",
                               "The document has been altered: it carries more than one document code."])


@pytest.mark.slow
def test_the_demo_leaves_its_counter_s_signed_documents_in_its_documents_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.demo import generator
    from ui import demo_setup

    def small_demo(services: object, seed: int, progress: object, days: int) -> generator.DemoInfo:
        return generator.build_demo(services, seed, progress, days=days,  # type: ignore[arg-type]
                                    stations_per_district=1, cro_records=0)

    monkeypatch.setattr(demo_setup, "build_demo", small_demo)  # the real wiring, a smaller dataset
    demo_dir = tmp_path / "demo"
    services, _ = demo_setup.open_demo(demo_dir, 2026, 1, interactive=False)
    with services.db.read() as s:
        issued = s.scalar(select(func.count()).select_from(IssuedDocument))
    services.close()
    assert issued and len(list((demo_dir / "documents").glob("*.pdf"))) == issued, "every issued document"
    pdf = sorted((demo_dir / "documents").glob("character-certificate-*.pdf"))[0]
    capsys.readouterr()
    assert main(["verify-document", str(pdf), "--data-dir", str(demo_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "VALID" and out[1] == "Document: character_certificate"
    assert "TRAINING" in PdfReader(pdf).pages[0].extract_text()
