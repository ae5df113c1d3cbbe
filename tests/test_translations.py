"""The Urdu catalogue: every message translated, placeholders and mnemonics intact, and loadable by Qt."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "thana_ur.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# Qt's %1 / %n (and %L1) and Python's {name}: both are filled after translation.
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{[A-Za-z_]\w*\}")
URDU_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")


def mnemonics(text: str) -> int:
    """Single ``&`` marks a mnemonic; ``&&`` is a literal ampersand."""
    return text.replace("&&", "").count("&")


def problems(source: str, forms: list[str], numerus: bool, unfinished: bool) -> list[str]:
    """What is wrong with one message's translation (``forms`` holds one text, or the numerus forms)."""
    found = []
    if unfinished:
        found.append("unfinished")
    if numerus and len(forms) != 2:
        found.append(f"{len(forms)} numerus forms, Urdu needs 2")
    if not forms:
        found.append("no translation")
    has_letters = any(ch.isalpha() for ch in PLACEHOLDER.sub("", source))
    for text in forms:
        if not text.strip():
            found.append("empty")
            continue
        if has_letters and not URDU_LETTER.search(text):
            found.append(f"no Urdu letters: {text!r}")
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
            found.append(f"placeholders {PLACEHOLDER.findall(text)} != {PLACEHOLDER.findall(source)}")
        if mnemonics(text) != mnemonics(source) or mnemonics(text) > 1:
            found.append(f"{mnemonics(text)} mnemonics, source has {mnemonics(source)}")
    return found


def catalogue() -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for every message of the .ts file."""
    root = ET.parse(TS).getroot()
    assert root.get("language") == "ur_PK"
    return [(context.findtext("name", ""), message.findtext("source", ""), message)
            for context in root.iter("context") for message in context.iter("message")]


def translation_forms(message: ET.Element) -> tuple[list[str], bool, bool]:
    translation = message.find("translation")
    if translation is None:
        return [], False, False
    numerus = message.get("numerus") == "yes"
    forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
    return forms, numerus, translation.get("type") is not None  # unfinished, obsolete or vanished


def test_every_message_is_translated_with_its_placeholders_and_mnemonic() -> None:
    messages = catalogue()
    assert len(messages) > 200
    bad = {f"{context}: {source!r}": found for context, source, message in messages
           if (found := problems(source, *translation_forms(message)))}
    assert bad == {}


@pytest.mark.parametrize(("source", "forms", "numerus", "expected"), [
    ("Too long: at most {limit} characters.", ["بہت طویل: زیادہ سے زیادہ حروف۔"], False, "placeholders"),
    ("FIR {number} is cancelled.", ["ایف آئی آر {numbr} منسوخ ہے۔"], False, "placeholders"),
    ("Correct FIR %1", ["ایف آئی آر %1 %1 کی تصحیح"], False, "placeholders"),
    ("&Save FIR", ["ایف آئی آر محفوظ کریں"], False, "mnemonics"),
    ("Close", ["&بند &کریں"], False, "mnemonics"),
    ("New FIR", ["New FIR"], False, "no Urdu letters"),
    ("New FIR", [" "], False, "empty"),
    ("%n record(s)", ["%n ریکارڈ"], True, "numerus forms"),
    ("%n record(s)", ["%n ریکارڈ", "ریکارڈ"], True, "placeholders"),
])
def test_the_checks_catch_broken_translations(source: str, forms: list[str], numerus: bool, expected: str) -> None:
    assert any(expected in p for p in problems(source, forms, numerus, unfinished=False))


def test_the_checks_pass_good_translations_and_flag_unfinished_ones() -> None:
    assert problems("&Save FIR", ["ایف آئی آر &محفوظ کریں"], False, unfinished=False) == []
    assert problems("35202-1234567-1", ["35202-1234567-1"], False, unfinished=False) == []  # no letters to translate
    assert problems("Now", ["ابھی"], False, unfinished=True) == ["unfinished"]


def test_lrelease_builds_a_catalogue_qt_translates_with(qapp: QApplication, tmp_path: Path) -> None:
    assert LRELEASE.exists(), LRELEASE
    qm = tmp_path / "thana_ur.qm"
    result = subprocess.run([str(LRELEASE), str(TS), "-qm", str(qm)], capture_output=True, text=True, check=True)
    assert " 0 unfinished" in result.stdout and "untranslated" not in result.stdout, result.stdout
    expected = next(message.findtext("translation") for context, source, message in catalogue()
                    if (context, source) == ("MainWindow", "FIR register"))
    assert expected and expected != "FIR register"

    translator = QTranslator()
    assert translator.load(str(qm))
    assert qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "FIR register") == expected
        one, many = (QCoreApplication.translate("RegisterView", "%n record(s) found", "", n) for n in (1, 5))
        assert one.startswith("1 ") and many.startswith("5 ") and one != many
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "FIR register") == "FIR register"


def test_the_catalogue_holds_every_message_of_the_source(tmp_path: Path) -> None:
    """A string added to app/, ui/ or devices/ without ``make update-translations`` would show in English."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    root = TS.parent.parent.parent
    subprocess.run([str(lupdate), "-extensions", "py", "-no-obsolete", "-locations", "none", "app", "ui", "devices",
                    "-ts", str(fresh)], cwd=root, check=True, capture_output=True)
    in_source = {(context.findtext("name", ""), message.findtext("source", ""))
                 for context in ET.parse(fresh).getroot().iter("context") for message in context.iter("message")}
    in_catalogue = {(context, source) for context, source, _ in catalogue()}
    assert sorted(in_source - in_catalogue) == []
