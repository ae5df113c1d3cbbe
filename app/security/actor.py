"""Who is acting: passed to every service call, never looked up from globals."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from app.security.permissions import Permission, Role, require


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    role: Role
    station_id: int | None
    workstation: str = socket.gethostname()

    def require(self, permission: Permission) -> None:
        require(self.role, permission)


SYSTEM = Actor(user_id=0, username="system", role=Role.STATION_ADMIN, station_id=None)
