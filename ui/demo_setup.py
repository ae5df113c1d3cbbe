"""Demo mode's data directory: generated once per seed, reused after that.

The dataset is written first and ``demo.json`` (the accounts) last, so a
generation cut short by a power cut is simply made again next time.
"""

from __future__ import annotations

import json
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from app.demo.generator import DemoInfo, build_demo
from app.demo.staff import DemoUser
from app.services import Services, open_services
from app.startup import demo_key_store
from sync.demo_server import DemoServer, enroll_stations, push_other_stations, start_server
from ui.printing.documents import write_demo_documents

INFO = "demo.json"


def _saved_info(demo_dir: Path, seed: int, days: int) -> DemoInfo | None:
    try:
        data = json.loads((demo_dir / INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (data.get("seed"), data.get("days")) != (seed, days):
        return None
    return DemoInfo(station_ids=data["station_ids"], users=[DemoUser(*u) for u in data["users"]],
                    moharrar_username=data["moharrar_username"], counts=data["counts"])


def _save_info(demo_dir: Path, seed: int, days: int, info: DemoInfo) -> None:
    data = {"seed": seed, "days": days, "station_ids": info.station_ids, "users": [list(u) for u in info.users],
            "moharrar_username": info.moharrar_username, "counts": info.counts}
    tmp = demo_dir / (INFO + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(demo_dir / INFO)


class _Progress(QObject):
    step = Signal(int, int)
    done = Signal()


def _generate(services: Services, seed: int, days: int, interactive: bool) -> DemoInfo:
    """Build the dataset on a worker thread, showing progress without freezing the window."""
    if not interactive:
        def report(done: int, total: int) -> None:
            if done == total or done % max(1, total // 10) == 0:
                print(f"demo data: {100 * done // max(total, 1)} %", file=sys.stderr)

        return build_demo(services, seed, report, days=days)
    progress = _Progress()
    dialog = QProgressDialog("Preparing the training dataset...", "", 0, 100)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    progress.step.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    loop = QEventLoop()
    progress.done.connect(loop.quit)
    result: list[DemoInfo] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(build_demo(services, seed, progress.step.emit, days=days))
        except BaseException as exc:  # re-raised on the GUI thread below
            failure.append(exc)
        finally:
            progress.done.emit()

    thread = threading.Thread(target=work, name="thana-demo")
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    if failure:
        raise failure[0]
    return result[0]


def open_demo(demo_dir: Path, seed: int, days: int, interactive: bool) -> tuple[Services, DemoInfo]:
    info = _saved_info(demo_dir, seed, days)
    if info is not None:
        return open_services(demo_dir, demo_key_store(demo_dir)), info
    if demo_dir.exists():
        shutil.rmtree(demo_dir)
    demo_dir.mkdir(parents=True)
    # Generation skips fsync: a crash leaves no demo.json, so the data is simply made again.
    services = open_services(demo_dir, demo_key_store(demo_dir), durable=False)
    try:
        info = _generate(services, seed, days, interactive)
        write_demo_documents(services, demo_dir)
    finally:
        services.close()
    _save_info(demo_dir, seed, days, info)
    return open_services(demo_dir, demo_key_store(demo_dir)), info


def with_demo_server(services: Services, info: DemoInfo, demo_dir: Path) -> tuple[DemoServer, Callable[[], int]]:
    """Start the reference server and enroll the demo stations: this replica as the demo moharrar's station
    (Lahore's first, the first of ``station_ids``), every other with a device of its own. The server's
    database lives in the demo folder, so it is made again with the demo data. Returns the server and the
    push of the other stations' entries that each cycle runs first."""
    codes = [services.reference.station(station_id).code for station_id in info.station_ids]
    own, others = codes[0], codes[1:]
    server = start_server(demo_dir / "server")
    try:
        enroll_stations(services.db, services.key_store, demo_dir, server, own, others)
    except BaseException:
        server.stop()
        raise
    print(f"demo national server: {server.url} ({server.db_url}); this PC is station {own}", file=sys.stderr)
    return server, lambda: push_other_stations(services.db, services.key_store, demo_dir, others)
