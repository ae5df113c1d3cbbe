"""The court copy of an FIR (Form 24.5(1)): PDFs in both languages, corrections, training mark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.registers.fir import FirHistory, fir_number
from app.services import Services
from app.storage.models import PoliceStation
from tests import factories as F
from ui.fonts import load_fonts
from ui.printing.fir_copy import print_fir, render_fir_copy, write_fir_pdf
from ui.printing.richtext import LRI, PDI, text


@dataclass
class Registered:
    history: FirHistory
    station: PoliceStation
    actors: F.Station


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    del qapp  # the fonts need the application object
    assert "Noto Nastaliq Urdu" in load_fonts()


@pytest.fixture
def registered(services: Services) -> Registered:
    station = F.first_station(services)
    fir = services.firs.register(station.moharrar, F.fir_draft(services))
    return Registered(services.firs.history(station.moharrar, fir.id), services.reference.station(station.id), station)


def pdf(reg: Registered, lang: str, path: Path, training: bool = False) -> PdfReader:
    write_fir_pdf(render_fir_copy(reg.history, reg.station, lang, training=training), path)
    assert path.read_bytes().startswith(b"%PDF")
    return PdfReader(path)


def page_texts(reader: PdfReader) -> list[str]:
    """Each page's text with whitespace runs made single spaces (table cells wrap lines)."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def base_fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {}).get_object()
        names |= {str(ref.get_object()["/BaseFont"]) for ref in fonts.values()}
    return names


def test_english_copy_names_the_fir_complainant_section_and_station(registered: Registered,
                                                                     tmp_path: Path) -> None:
    text_ = " ".join(page_texts(pdf(registered, "en", tmp_path / "en.pdf")))
    assert f"FIR No.: {fir_number(registered.history.current)}" in text_
    assert "Muhammad Aslam" in text_ and "s/o Ghulam Rasool, caste Arain" in text_
    assert "379 PPC — Theft" in text_
    assert f"Police Station: {registered.station.name_en}" in text_
    assert "35202-1234567-1" in text_
    assert "Page 1 of" in text_
    assert "TRAINING" not in text_


def test_urdu_copy_is_right_to_left_in_nastaliq(registered: Registered, tmp_path: Path) -> None:
    reader = pdf(registered, "ur", tmp_path / "ur.pdf")
    assert len(reader.pages) >= 1
    assert any("NotoNastaliq" in name for name in base_fonts(reader))
    doc = render_fir_copy(registered.history, registered.station, "ur", training=False)
    assert doc.begin().textDirection() == Qt.LayoutDirection.RightToLeft
    plain = doc.toPlainText()
    assert "ابتدائی اطلاعی رپورٹ — رجسٹر نمبر ۱" in plain
    assert "محمد اسلم" in plain and "ولد غلام رسول" in plain
    assert "379 ت پ — سرقہ" in plain
    assert registered.station.name_ur in plain


def test_a_corrected_copy_prints_the_current_entry_and_lists_the_correction(
        services: Services, registered: Registered, tmp_path: Path) -> None:
    first = registered.history.current
    services.firs.correct(registered.actors.head_moharrar, first.id,
                          F.fir_draft(services, place="Kalma Chowk flyover, east side"),
                          "Place misspelt; corrected on the complainant's statement")
    registered.history = services.firs.history(registered.actors.moharrar, first.id)
    text_ = " ".join(page_texts(pdf(registered, "en", tmp_path / "corrected.pdf")))
    assert "Kalma Chowk flyover, east side" in text_
    assert first.place not in text_
    assert "Corrections" in text_ and "later entries" in text_
    assert "Place misspelt; corrected on the complainant's statement" in text_


def test_a_cancelled_copy_says_so(services: Services, registered: Registered, tmp_path: Path) -> None:
    fir_id = registered.history.current.id
    services.firs.cancel(registered.actors.head_moharrar, fir_id, "Cancelled on the magistrate's order")
    registered.history = services.firs.history(registered.actors.moharrar, fir_id)
    text_ = " ".join(page_texts(pdf(registered, "en", tmp_path / "cancelled.pdf")))
    assert "CANCELLED" in text_
    assert "Cancelled on the magistrate's order" in text_
    ur = render_fir_copy(registered.history, registered.station, "ur", training=False).toPlainText()
    assert "منسوخ شدہ" in ur


def test_training_mark_and_page_numbers_are_on_every_page(services: Services, tmp_path: Path) -> None:
    station = F.first_station(services)
    story = "\n".join(f"Line {i}: the accused ran towards the canal road." for i in range(120))
    fir = services.firs.register(station.moharrar, F.fir_draft(services, first_information=story))
    reg = Registered(services.firs.history(station.moharrar, fir.id), services.reference.station(station.id), station)
    pages = page_texts(pdf(reg, "en", tmp_path / "long.pdf", training=True))
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "TRAINING" in page
        assert f"Page {number} of {len(pages)}" in page
    assert "Line 119: the accused ran towards the canal road." in " ".join(pages)


def test_user_text_is_printed_as_written_never_as_markup(services: Services) -> None:
    station = F.first_station(services)
    raw = "He said <b>stop</b> & ran; <img src=x> 'quoted'"
    fir = services.firs.register(station.moharrar, F.fir_draft(services, first_information=raw))
    doc = render_fir_copy(services.firs.history(station.moharrar, fir.id), services.reference.station(station.id), "en",
                          training=False)
    assert raw in doc.toPlainText()


def test_print_fir_draws_on_a_printer(registered: Registered, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_fir(render_fir_copy(registered.history, registered.station, "en", training=True), printer)
    pages = page_texts(PdfReader(tmp_path / "printed.pdf"))
    assert "TRAINING" in pages[0]
    assert fir_number(registered.history.current) in pages[0]


def test_only_english_and_urdu_copies_exist(registered: Registered) -> None:
    with pytest.raises(ValueError):
        render_fir_copy(registered.history, registered.station, "pa", training=False)


def test_digit_groups_keep_their_order_after_urdu_words_only() -> None:
    # After Urdu letters a CNIC would otherwise print as 1-1234567-35202.
    assert f"{LRI}35202-1234567-1{PDI}" in text("شناختی کارڈ 35202-1234567-1")
    assert f"{LRI}0300-1234567{PDI}" in text("0300-1234567", rtl=True)
    # In a Latin sentence an isolate would pull the date out of its place.
    assert LRI not in text("Rapat 14 dated 12-03-2026", rtl=True)
    assert text("a < b & c") == "a &lt; b &amp; c"
