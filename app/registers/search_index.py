"""Full-text search over the registers (SQLite FTS5).

User input never reaches FTS5 syntax: every word becomes a quoted phrase,
the last one a prefix, and phrases are ANDed. ``123/2026`` and CNICs match
because the tokenizer splits them the same way in the index and the query.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

TABLES = frozenset({"fir_fts", "diary_fts"})
_WORD = re.compile(r"\S+")
_FIR_NUMBER = re.compile(r"^\d{1,6}/\d{4}$")
_CNIC = re.compile(r"^\d{5}-\d{7}-\d$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_TERMS = 12
MAX_QUERY = 200  # characters of a search box that are read; FTS5 and LIKE refuse giant patterns


def put(session: Session, table: str, rowid: int, body: str) -> None:
    """Index (or re-index) one row: what a correction changes is found, what it removed is not."""
    assert table in TABLES
    session.execute(text(f"DELETE FROM {table} WHERE rowid = :r"), {"r": rowid})  # noqa: S608 - fixed names
    session.execute(text(f"INSERT INTO {table}(rowid, body) VALUES (:r, :b)"), {"r": rowid, "b": body})  # noqa: S608


def match_expression(user_text: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed, or None if nothing searchable."""
    terms: list[str] = []
    exact_last = False
    # FTS5 ends a quoted string at a NUL, so control characters never reach it.
    for word in _WORD.findall(_CONTROL.sub(" ", user_text[:MAX_QUERY]))[:MAX_TERMS]:
        if not any(ch.isalnum() for ch in word):
            continue
        if _FIR_NUMBER.match(word):  # "11/2026" is that FIR, not any text with 11 before 2026
            terms.append(f'"FIR {word}"')
        else:
            terms.append('"' + word.replace('"', '""') + '"')
        # A whole FIR number or CNIC is matched exactly: a one-digit prefix for its last part
        # would scan most of the index.
        exact_last = bool(_FIR_NUMBER.match(word) or _CNIC.match(word))
    if not terms:
        return None
    if not exact_last:
        terms[-1] += "*"  # the word being typed
    return " AND ".join(terms)
