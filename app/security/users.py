"""Station accounts and offline login."""

from __future__ import annotations

from sqlalchemy import select

from app.clock import now_utc
from app.errors import FieldProblem, LoginFailed, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.security import audit
from app.security.actor import Actor
from app.security.passwords import check_password, hash_password
from app.security.permissions import Permission, Role
from app.storage.database import Database
from app.storage.models import User

MIN_PASSWORD = 12


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, actor: Actor, *, username: str, full_name: str, role: Role, password: str,
               station_id: int | None, rank: str = "", full_name_ur: str = "") -> User:
        actor.require(Permission.MANAGE_USERS)
        problems = []
        bare = username.replace(".", "").replace("_", "")
        if not (username.isascii() and bare.isalnum() and 3 <= len(username) <= 40):
            problems.append(FieldProblem("username", QT_TRANSLATE_NOOP(
                "core", "A user name has 3 to 40 English letters or digits.")))
        if len(password) < MIN_PASSWORD:
            problems.append(FieldProblem("password", QT_TRANSLATE_NOOP(
                "core", "A password has at least {n} characters."),
                                         {"n": MIN_PASSWORD}))
        if problems:
            raise ValidationError(problems)
        user = User(uid=uuid7(), username=username, full_name=full_name, full_name_ur=full_name_ur, rank=rank,
                    role=role.value, station_id=station_id, password_hash=hash_password(password),
                    created_at=now_utc())
        with self.db.write() as s:
            if s.scalars(select(User).where(User.username == username)).first():
                raise ValidationError([FieldProblem("username", QT_TRANSLATE_NOOP("core", "This user name is taken."))])
            s.add(user)
            s.flush()
            audit.record(s, actor, "user.create", f"user:{username}", role=role.value)
        return user

    def count(self) -> int:
        with self.db.read() as s:
            return len(s.scalars(select(User.id)).all())

    def login(self, username: str, password: str) -> Actor:
        """Check the password; every attempt, good or bad, is audited."""
        with self.db.read() as s:
            user = s.scalars(select(User).where(User.username == username, User.active)).first()
            s.expunge_all()
        ok = user is not None and check_password(user.password_hash, password)
        attempt = Actor(user_id=user.id if user else 0, username=username[:40], role=Role(user.role) if user else
                        Role.MOHARRAR, station_id=user.station_id if user else None)
        with self.db.write() as s:
            audit.record(s, attempt, "login", f"user:{username[:40]}", outcome="ok" if ok else "failed")
        if not ok:
            raise LoginFailed()
        return attempt

    def logout(self, actor: Actor) -> None:
        with self.db.write() as s:
            audit.record(s, actor, "logout", f"user:{actor.username}")
