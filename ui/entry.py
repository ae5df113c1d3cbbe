"""Start-up of the windowed program: ``thana`` and ``thana demo``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import settings
from app.errors import ThanaError
from app.paths import log_dir
from app.services import Services, open_services
from app.startup import choose_key_store
from app.storage.station_lock import StationLock
from devices.credentials import load_password, save_password
from devices.hub import ScannerHub
from devices.scanner import Scanner
from devices.simulated import PORT as SIMULATED_PORT
from devices.simulated import SimulatedKind, SimulatedSensor
from devices.zfm import ZfmKind
from ui.context import AppContext, DemoUser
from ui.crash import install_excepthook, setup_logging, show_crash
from ui.fonts import FONTS, load_fonts
from ui.i18n import Language
from ui.ops import Ops
from ui.scanner.bridge import ScannerStatus
from ui.shell import Shell
from ui.sync.controller import SyncController

ICON = FONTS.parent / "icons" / "thana.png"
NO_DISPLAY = """thana: no display found, so no window can open.
On a machine without a screen, run it under a virtual one:
    xvfb-run -a .venv/bin/thana demo
or save a picture of the window instead:
    .venv/bin/thana demo --screenshot thana.png"""


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_app(offscreen_ok: bool) -> QApplication | None:
    """The QApplication with fonts loaded, or None (and a hint) when there is no screen."""
    if not has_display():
        if not offscreen_ok:
            print(NO_DISPLAY, file=sys.stderr)
            return None
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Thana")
    app.setWindowIcon(QIcon(str(ICON)))
    load_fonts()
    return app


def scanner_hub(demo: bool, port: str | None) -> tuple[ScannerHub, SimulatedSensor | None]:
    """The simulated scanner in demo mode; otherwise whichever ZFM sensor is plugged in (or on ``port``)."""
    if demo:
        sensor = SimulatedSensor()
        return ScannerHub.fixed(Scanner(SimulatedKind(sensor), SIMULATED_PORT)), sensor
    return ScannerHub([ZfmKind(load_password(), remember=save_password)], [port] if port else []), None


def run_shell(app: QApplication, services: Services, demo_users: list[DemoUser], lang: str | None,
              log_path: Path, screenshot: Path | None = None, auto_login: tuple[str, str] | None = None,
              scanner_port: str | None = None, data_dir: Path | None = None,
              before_sync: Callable[[], object] | None = None) -> int:
    """``data_dir``: the station's folder, to sync it with the national server in the background
    (``before_sync``: more work of each cycle)."""
    ctx = AppContext(services=services, ops=Ops(), language=Language(app), demo_users=demo_users)
    if data_dir is not None:
        ctx.sync = sync_controller(services, data_dir, ctx.ops, before_sync)
    ctx.ops.crashed.connect(lambda error: show_crash(error, log_path))
    hub, ctx.sensor = scanner_hub(bool(demo_users), scanner_port)
    ctx.scanners = ScannerStatus(hub)
    hub.start()
    shell = Shell(app, ctx, services.key_store.insecure)
    shell.set_language(lang or services.settings.get(settings.LANGUAGE))
    try:
        if auto_login is not None:
            ctx.actor = services.users.login(*auto_login)
        elif not shell.login():
            return 0
        window = shell.show_main()
        if ctx.sync is not None:
            ctx.sync.start()
        if screenshot is not None:
            return save_screenshot(app, window, screenshot)
        return app.exec()
    finally:
        hub.close()
        if ctx.sync is not None:
            ctx.sync.shutdown()
        ctx.ops.shutdown()
        services.close()


def sync_controller(services: Services, data_dir: Path, ops: Ops, before_cycle: Callable[[], object] | None
                    ) -> SyncController:
    from app.security.keystore import secret_store
    from sync.enrollment import SECRET_NAME

    return SyncController(services.db, secret_store(services.key_store, data_dir, SECRET_NAME), ops,
                          before_cycle=before_cycle)


def save_screenshot(app: QApplication, window: object, path: Path) -> int:
    """Let the window lay out and paint, then save what it shows."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    for _ in range(3):
        app.processEvents()
    QTimer.singleShot(300, app.quit)
    app.exec()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path)):
        print(f"thana: could not write {path}", file=sys.stderr)
        return 1
    print(f"screenshot saved: {path}")
    return 0


def run_station(data_dir: Path, key_file: Path | None, lang: str | None, scanner_port: str | None = None) -> int:
    app = make_app(offscreen_ok=False)
    if app is None:
        return 2
    log_path = setup_logging(log_dir(data_dir))
    install_excepthook(log_path)
    lock = StationLock(data_dir)  # held while the window runs: no second window, no maintenance under it
    try:
        lock.acquire()
        services = open_services(data_dir, choose_key_store(data_dir, key_file))
    except ThanaError as exc:
        from PySide6.QtWidgets import QMessageBox

        lock.release()
        QMessageBox.critical(None, "Thana", exc.text())
        raise
    try:
        if services.users.count() == 0:
            from ui.first_run import create_first_admin

            if not create_first_admin(services):
                services.close()
                return 0
        return run_shell(app, services, [], lang, log_path, scanner_port=scanner_port, data_dir=data_dir)
    finally:
        lock.release()


def run_demo(demo_dir: Path, seed: int, days: int | None, screenshot: Path | None, lang: str | None,
             with_server: bool = False) -> int:
    app = make_app(offscreen_ok=screenshot is not None)
    if app is None:
        return 2
    from app.demo.generator import DEFAULT_DAYS
    from ui.demo_setup import open_demo

    services, info = open_demo(demo_dir, seed, days or DEFAULT_DAYS, interactive=screenshot is None)
    log_path = setup_logging(log_dir(demo_dir))  # after open_demo, which may replace the whole folder
    install_excepthook(log_path)
    users = [DemoUser(u.username, u.password, u.role, u.station) for u in info.users]
    auto = next(((u.username, u.password) for u in info.users if u.username == info.moharrar_username), None)
    server, before_sync = None, None
    if with_server:
        from ui.demo_setup import with_demo_server

        server, before_sync = with_demo_server(services, info, demo_dir)
    try:
        with StationLock(demo_dir):
            return run_shell(app, services, users, lang, log_path, screenshot, auto if screenshot else None,
                             data_dir=demo_dir, before_sync=before_sync)
    finally:
        if server is not None:
            server.stop()  # the app quits: its server goes with it
