"""Finding scanners: which ports are listed and probed, and the hub that opens the one it finds."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.base import SilentHandler
from devices.emulator import Emulator
from devices.hub import ScannerHub
from devices.manager import Port, identify, serial_ports
from devices.scanner import Scanner
from devices.zfm import ZfmKind


@pytest.fixture
def pty_path() -> Iterator[str]:
    with Emulator() as emulator:
        yield emulator.start_pty()


def test_configured_ports_are_listed_only_when_present_and_are_probed(pty_path: str, tmp_path: Path) -> None:
    ports = {port.device: port for port in serial_ports([pty_path, str(tmp_path / "ttyUSB7"), "socket://h:1"])}
    assert str(tmp_path / "ttyUSB7") not in ports
    assert ports[pty_path].configured and ports[pty_path].worth_probing
    assert ports["socket://h:1"].configured  # a network port cannot be checked without connecting
    kind = ZfmKind(reply_timeout=0.3)
    assert identify(ports[pty_path], [kind]).kind is kind


def test_unknown_serial_devices_are_never_sent_a_handshake(pty_path: str) -> None:
    # The same sensor, but as a port that is neither configured nor a known USB-serial adapter.
    stranger = Port(pty_path, "some modem")
    assert not stranger.worth_probing
    assert identify(stranger, [ZfmKind(reply_timeout=0.3)]).kind is None
    assert Port("/dev/ttyUSB0", "", adapter="WCH CH340").worth_probing


def test_the_hub_opens_the_scanner_it_finds_and_closes_it(pty_path: str) -> None:
    seen: list[Scanner | None] = []
    found = threading.Event()

    def changed(scanner: Scanner | None) -> None:
        seen.append(scanner)
        found.set()

    hub = ScannerHub([ZfmKind(reply_timeout=0.3)], [pty_path], changed, interval=0.1)
    hub.start()
    try:
        assert found.wait(10)
        scanner = hub.current
        assert scanner is not None and scanner.port == pty_path and seen == [scanner]
        assert scanner.info(SilentHandler()).result(timeout=10).kind == "ZFM"
    finally:
        hub.close()
    assert hub.current is None and seen == [scanner]  # closing the window does not call it back


def test_the_hub_notices_the_scanner_pulled_out_and_plugged_back() -> None:
    events: list[Scanner | None] = []
    changed = threading.Condition()

    def record(scanner: Scanner | None) -> None:
        with changed:
            events.append(scanner)
            changed.notify_all()

    def wait_for(count: int) -> None:
        with changed:
            assert changed.wait_for(lambda: len(events) >= count, timeout=10), events

    with Emulator(replug_delay=1.0) as emulator:
        path = emulator.start_pty()
        hub = ScannerHub([ZfmKind(reply_timeout=0.3)], [path], record, interval=0.1)
        hub.start()
        try:
            wait_for(1)
            emulator.unplug()  # the device path disappears, as /dev/ttyUSB0 does
            wait_for(2)
            assert events[1] is None and hub.current is None
            wait_for(3)  # back after the re-enumeration delay, opened afresh
            again = events[2]
            assert again is not None and again is not events[0] and again.port == path
            assert again.info(SilentHandler()).result(timeout=10).kind == "ZFM"
        finally:
            hub.close()
