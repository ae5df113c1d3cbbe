"""``thana --selftest``: proves an installed program works on this PC, step by step.

Each step prints ``ok: ...``; the first failure prints ``FAILED: step: reason`` and the
command exits 1. Everything happens in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

SELFTEST_PASSWORD = "selftest password 1"


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the window is rendered, never shown
    with tempfile.TemporaryDirectory(prefix="thana-selftest-") as folder:
        steps = _Steps(Path(folder))
        for name, step in steps.all():
            try:
                detail = step()
            except Exception as exc:  # the point is to report any failure in one line
                print(f"FAILED: {name}: {type(exc).__name__}: {exc}")
                traceback.print_exc(file=sys.stderr)
                steps.close()
                return 1
            print(f"ok: {name}{': ' + detail if detail else ''}")
        steps.close()
    return 0


class _Steps:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.services: object | None = None

    def all(self) -> list[tuple[str, Callable[[], str]]]:
        return [("encrypted database", self.database), ("fonts", self.fonts), ("translations", self.translations),
                ("scanners", self.scanners), ("fingerprint engine", self.engine), ("main window", self.window)]

    def database(self) -> str:
        from sqlalchemy import text

        from app.security.actor import SYSTEM
        from app.security.keystore import FileKeyStore
        from app.security.permissions import Role
        from app.services import open_services

        services = open_services(self.folder / "station", FileKeyStore(self.folder / "selftest.key", insecure=False))
        self.services = services
        station = services.reference.stations()[0]
        services.users.create(SYSTEM, username="selftest", full_name="Self Test", role=Role.MOHARRAR,
                              password=SELFTEST_PASSWORD, station_id=station.id)
        if (self.folder / "station" / "thana.db").read_bytes()[:16] == b"SQLite format 3\0":
            raise RuntimeError("the database file is not encrypted")
        with services.db.read() as s:
            sections = s.execute(text("SELECT count(*) FROM offence_section")).scalar_one()
        return f"{sections} offence sections"

    def fonts(self) -> str:
        from ui.entry import make_app
        from ui.fonts import NASTALIQ, load_fonts

        make_app(offscreen_ok=True)
        families = load_fonts()
        if NASTALIQ not in families:
            raise RuntimeError(f"{NASTALIQ} is missing (found {families})")
        return ", ".join(families)

    def translations(self) -> str:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from ui.i18n import Language

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language = Language(app)
        language.apply("ur")
        urdu = QCoreApplication.translate("MainWindow", "FIR register")
        language.apply("en")
        if urdu == "FIR register":
            raise RuntimeError("the Urdu catalogue (thana_ur.qm) did not load")
        return "Urdu"

    def scanners(self) -> str:
        import threading

        from devices.base import SilentHandler
        from devices.manager import serial_ports
        from devices.simulated import PORT, SimulatedKind, SimulatedSensor
        from devices.zfm import ZfmKind

        sensor = SimulatedSensor()
        sensor.place("selftest", 2)
        client = SimulatedKind(sensor, download_s=0).open(PORT, SilentHandler())
        capture = client.capture(SilentHandler(), threading.Event())  # numpy, the print generator, quality
        if capture.quality <= 0:
            raise RuntimeError("the simulated scanner gave an empty print")
        ports = serial_ports()
        return f"{ZfmKind.name} driver, {len(ports)} serial port(s), simulated print quality {capture.quality}"

    def engine(self) -> str:
        from app.biometrics.synthetic import finger_seed, impression
        from app.fingerprints.enrolment import Impression
        from app.services import Services

        assert isinstance(self.services, Services)
        enrolment = self.services.enrolment

        def read(identity: str, number: int) -> Impression:
            return enrolment.read_print(impression(finger_seed(identity, 2), number).pixels, 500)

        first, again, stranger = read("selftest", 0), read("selftest", 1), read("stranger", 0)
        compare = enrolment.engine.matcher.compare
        same, other = compare(first.prepared, again.prepared), compare(first.prepared, stranger.prepared)
        if same <= other:
            raise RuntimeError(f"a finger scores {same:.2f} against itself and {other:.2f} against another")
        return f"{len(first.minutiae)} minutiae; same finger {same:.2f}, another finger {other:.2f}"

    def window(self) -> str:
        from PySide6.QtWidgets import QApplication

        from app.services import Services
        from ui.context import AppContext
        from ui.i18n import Language
        from ui.ops import Ops
        from ui.shell import Shell

        app = QApplication.instance()
        assert isinstance(app, QApplication) and isinstance(self.services, Services)
        ctx = AppContext(services=self.services, ops=Ops(), language=Language(app))
        try:
            ctx.actor = self.services.users.login("selftest", SELFTEST_PASSWORD)
            window = Shell(app, ctx, insecure_key=False).show_main()
            app.processEvents()
            image = window.grab()
            window.close()
        finally:
            ctx.ops.shutdown()
        if image.isNull() or image.width() < 800:
            raise RuntimeError("the main window did not render")
        return f"{image.width()}x{image.height()}"

    def close(self) -> None:
        from app.services import Services

        if isinstance(self.services, Services):
            self.services.close()
