"""Settings, declared once: key, type, default, description. Stored in the database."""

from __future__ import annotations

from dataclasses import dataclass

from app.security import audit
from app.security.actor import Actor
from app.storage.database import Database
from app.storage.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    description: str
    choices: tuple[str, ...] = ()


LANGUAGE = SettingSpec("language", "en", "Language of the window: en (English) or ur (Urdu, right-to-left)",
                       ("en", "ur"))
IDLE_LOCK_MINUTES = SettingSpec("idle_lock_minutes", "15", "Minutes without input before the session locks")

ALL = (LANGUAGE, IDLE_LOCK_MINUTES)


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, spec: SettingSpec) -> str:
        with self.db.read() as s:
            row = s.get(Setting, spec.key)
            value = row.value if row else spec.default
        return value if not spec.choices or value in spec.choices else spec.default

    def set(self, actor: Actor, spec: SettingSpec, value: str) -> None:
        if spec.choices and value not in spec.choices:
            raise ValueError(f"{spec.key} must be one of {spec.choices}")
        with self.db.write() as s:
            s.merge(Setting(key=spec.key, value=value))
            audit.record(s, actor, "setting.change", spec.key, value=value)
