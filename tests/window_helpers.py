"""A logged-in main window over a small demo station, with the simulated scanner or none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.demo.generator import build_demo
from app.services import Services
from devices.hub import ScannerHub
from devices.scanner import Scanner
from devices.simulated import PORT, SimulatedKind, SimulatedSensor
from ui.context import AppContext, DemoUser
from ui.fonts import load_fonts
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.scanner.bridge import ScannerStatus
from ui.shell import Shell

WAIT_MS = 15_000


def make_ctx(qapp: QApplication, services: Services, hub: ScannerHub, sensor: SimulatedSensor | None,
             role: str, cro_records: int = 0) -> AppContext:
    load_fonts()
    info = build_demo(services, 11, days=1, stations_per_district=1, cro_records=cro_records,
                      counter_days=0)  # the counter staff account only: the counter day is tested on its own
    language = Language(qapp)
    language.apply("en")
    users = [DemoUser(*u) for u in info.users]
    ctx = AppContext(services=services, ops=Ops(), language=language, demo_users=users,
                     scanners=ScannerStatus(hub), sensor=sensor)
    user = next(u for u in users if u.role == role)
    ctx.actor = services.users.login(user.username, user.password)
    return ctx


def open_window(qapp: QApplication, ctx: AppContext) -> Iterator[MainWindow]:
    shell = Shell(qapp, ctx, insecure_key=False)
    shell.set_language("en")
    window = shell.show_main()
    yield window
    shell.close()
    ctx.scanners.hub.close()
    ctx.ops.shutdown()


@pytest.fixture
def sensor() -> SimulatedSensor:
    """The trainer's simulated scanner glass."""
    return SimulatedSensor()


def simulated_hub(sensor: SimulatedSensor) -> ScannerHub:
    return ScannerHub.fixed(Scanner(SimulatedKind(sensor, download_s=0.1), PORT))
