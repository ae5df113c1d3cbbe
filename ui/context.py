"""What the windows share: the core services, the ops API, the language, who is logged in, the scanner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.security.actor import Actor
from app.services import Services
from devices.simulated import SimulatedSensor
from ui.i18n import Language
from ui.ops import Ops
from ui.scanner.bridge import ScannerStatus

if TYPE_CHECKING:
    from ui.sync.controller import SyncController


@dataclass
class DemoUser:
    username: str
    password: str
    role: str
    station: str


@dataclass
class AppContext:
    services: Services
    ops: Ops
    language: Language
    demo_users: list[DemoUser] = field(default_factory=list)
    actor: Actor | None = None
    scanners: ScannerStatus | None = None
    sensor: SimulatedSensor | None = None  # the trainer's simulated scanner (demo mode)
    sync: SyncController | None = None  # the background sync with the national server

    @property
    def demo(self) -> bool:
        return bool(self.demo_users)

    @property
    def urdu(self) -> bool:
        return self.language.code == "ur"

    def require_actor(self) -> Actor:
        assert self.actor is not None, "no one is logged in"
        return self.actor
