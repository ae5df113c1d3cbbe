"""Rich text for printed copies: escaped user text, Urdu runs in Nastaliq, bidi helpers."""

from __future__ import annotations

import html
import re
import unicodedata

from PySide6.QtGui import QFont, QFontDatabase, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from ui.bidi import LRI, PDI, isolate_ltr
from ui.fonts import NASTALIQ

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# One run is Arabic-script words with the spaces and joiners between them, so it is shaped as a whole.
_URDU_RUN = re.compile(f"[{_ARABIC}\u200c\u200d]+(?:[ \u00a0\u200c\u200d]+[{_ARABIC}]+)*")
# Digit groups such as CNICs, phones and dates ("35202-1234567-1").
_NUMBER_GROUP = re.compile(r"\d+(?:[-/.:]\d+)+")
_LATIN_FAMILIES = ("Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif")
URDU_SCALE = 1.15  # Nastaliq looks smaller than Latin at the same point size


def text(value: str, rtl: bool = False) -> str:
    """Escaped HTML of any text; Urdu runs get the Nastaliq font whatever the copy's language.

    ``rtl`` says whether the text follows Urdu words (an Urdu label, say), which decides
    how its leading digit groups are shown."""
    value = _isolate_numbers(value, rtl)
    parts: list[str] = []
    end = 0
    for match in _URDU_RUN.finditer(value):
        parts.append(html.escape(value[end:match.start()]))
        parts.append(f"<span style=\"font-family:'{NASTALIQ}'\">{html.escape(match.group())}</span>")
        end = match.end()
    parts.append(html.escape(value[end:]))
    return "".join(parts).replace("\n", "<br>")


def _isolate_numbers(value: str, rtl: bool) -> str:
    """Isolate digit groups that follow Urdu letters.

    After Arabic-script letters, digits become "Arabic numbers" and the hyphens between
    them stop joining (Unicode bidi rules W2 and W4), so 35202-1234567-1 would print as
    1-1234567-35202. After Latin text the groups are left alone: isolating them there would
    move them out of their sentence."""
    parts: list[str] = []
    end = 0
    for match in _NUMBER_GROUP.finditer(value):
        rtl = _last_strong_is_rtl(value[end:match.start()], rtl)
        parts += [value[end:match.start()], isolate_ltr(match.group()) if rtl else match.group()]
        end = match.end()
    parts.append(value[end:])
    return "".join(parts)


def _last_strong_is_rtl(segment: str, before: bool) -> bool:
    """Whether the last strong character of ``segment`` is right-to-left.

    An earlier isolate counts as neutral, and reaching the start of an enclosing
    left-to-right isolate means left-to-right."""
    depth = 0
    for char in reversed(segment):
        if char == PDI:
            depth += 1
        elif char == LRI:
            if not depth:
                return False
            depth -= 1
        elif not depth and unicodedata.bidirectional(char) in ("R", "AL", "L"):
            return unicodedata.bidirectional(char) != "L"
    return before


def is_rtl(value: str) -> bool:
    """Direction of a paragraph by its first strong character (Unicode bidi rule P2)."""
    return _last_strong_is_rtl(value[::-1], False)  # the first strong character is the reversed text's last


def latin_font(point_size: float) -> QFont:
    """A serif face the machine has (asking for a missing family makes Qt warn)."""
    available = set(QFontDatabase.families())
    family = next((f for f in _LATIN_FAMILIES if f in available), QFont().defaultFamily())
    font = QFont(family)
    font.setPointSizeF(point_size)
    # No "ffi"-style ligatures: text copied or searched in the PDF must match what was typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def nastaliq_font(point_size: float) -> QFont:
    font = QFont(NASTALIQ)
    font.setStyleName("Regular")
    font.setPointSizeF(point_size)
    return font


def style_urdu_runs(doc: QTextDocument) -> None:
    """Name the Regular face on every Nastaliq run and enlarge it to match the Latin text.

    The bundled Regular and Bold TTFs both declare weight 400, so Qt may pick the
    Bold face, which is heavier and shapes some words badly."""
    runs: list[tuple[int, int, float]] = []
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            # Ask hasProperty first: fontFamilies() of an unset property drops a reference to
            # None in PySide6 6.12, and enough calls abort the interpreter.
            if (char_format.hasProperty(QTextFormat.Property.FontFamilies)
                    and NASTALIQ in char_format.fontFamilies()):
                size = char_format.fontPointSize() or doc.defaultFont().pointSizeF()
                runs.append((fragment.position(), fragment.position() + fragment.length(), size))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(doc)
    for start, end, size in runs:
        urdu = QTextCharFormat()
        urdu.setFontStyleName("Regular")
        urdu.setFontPointSize(size * URDU_SCALE)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(urdu)
