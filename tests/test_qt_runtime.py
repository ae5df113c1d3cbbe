"""Guards against Qt binding bugs that would crash a long session, not a short test."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_emitting_signals_keeps_the_reference_count_of_true(qapp: object) -> None:
    """PySide6 6.12.0 returned True from emit() without owning it: every emit freed a reference until
    the interpreter aborted (after some thousands of signals in a working day)."""
    del qapp
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.ping.emit(1)
    assert sys.getrefcount(True) - before > -50  # unrelated code may move it a little, never by 200
