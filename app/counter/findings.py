"""What the record checks behind an application found, before it can be decided (Qt-free).

A service's hook module may define ``verify(s, application) -> list[Finding]`` beside its ``check``: the
checks the station can make from its own replica (criminal records by CNIC, the stolen-vehicle list, the
FIR register). A hit sends the application to its approver for a recorded decision; a clear result lets
the document be issued. The fingerprint search is not a hook: it needs a scanner at the counter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.storage.models import CounterApplication


@dataclass(frozen=True)
class Finding:
    source: str  # what was checked, e.g. "cro_cnic", "cro_fingerprint", "stolen_vehicle", "fir_register"
    hit: bool  # True: something the approver must weigh
    en: str  # one line for the file, the SHO and the issued document, in English...
    ur: str  # ...and in Urdu
    record_uid: str = ""  # the record that matched, when there is one


Verifier = Callable[["Session", "CounterApplication"], list[Finding]]
