"""Settings, declared once: key, type, default, description. Stored in the database."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    description: str
    choices: tuple[str, ...] = ()
    permission: Permission | None = None  # who may change it (None: any user)


LANGUAGE = SettingSpec("language", "en", "Language of the window: en (English) or ur (Urdu, right-to-left)",
                       ("en", "ur"))
# CJIS allows at most 30 minutes of idle time before the session locks.
IDLE_LOCK_MINUTES = SettingSpec("idle_lock_minutes", "15", "Minutes without input before the session locks",
                                tuple(str(n) for n in range(1, 31)), Permission.MANAGE_USERS)

CHECK_PLACE = SettingSpec("check_place", "", "Where this computer's fingerprint checks are made (check post, counter)")

ALL = (LANGUAGE, IDLE_LOCK_MINUTES, CHECK_PLACE)


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, spec: SettingSpec) -> str:
        with self.db.read() as s:
            row = s.get(Setting, spec.key)
            value = row.value if row else spec.default
        return value if not spec.choices or value in spec.choices else spec.default

    def set(self, actor: Actor, spec: SettingSpec, value: str) -> None:
        if spec.permission is not None:
            actor.require(spec.permission)
        if spec.choices and value not in spec.choices:
            raise ValidationError([FieldProblem(spec.key, QT_TRANSLATE_NOOP("core", "This value is not allowed."))])
        with self.db.write() as s:
            s.merge(Setting(key=spec.key, value=value))
            audit.record(s, actor, "setting.change", spec.key, value=value)
