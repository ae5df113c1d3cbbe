"""Station accounts and offline login (CJIS: unique accounts, a lock after five wrong passwords).

Every login attempt, logout, session lock and unlock, and account change is audited.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import format_pkt, now_utc
from app.errors import AccountLocked, FieldProblem, LoginFailed, PermissionDenied, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.security import account_sync, audit
from app.security.actor import Actor
from app.security.passwords import check_password, hash_password, needs_rehash
from app.security.permissions import Permission, Role, allowed
from app.storage.database import Database
from app.storage.models import AuditRecord, PasswordHistory, User

log = logging.getLogger(__name__)

MIN_PASSWORD = 12
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=10)
HISTORY = 5  # a new password may not be any of the last five


@cache
def _unknown_user_hash() -> str:
    return hash_password(secrets.token_hex(16))


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.station_id)


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError([FieldProblem("password", QT_TRANSLATE_NOOP(
            "core", "A password has at least {n} characters."), {"n": MIN_PASSWORD})])


class UserService:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db = db
        self.clock = clock

    # --- accounts ----------------------------------------------------------------

    def create(self, actor: Actor, *, username: str, full_name: str, role: Role, password: str,
               station_id: int | None, rank: str = "", full_name_ur: str = "") -> User:
        actor.require(Permission.MANAGE_USERS)
        bare = username.replace(".", "").replace("_", "")
        if not (username.isascii() and bare.isalnum() and 3 <= len(username) <= 40):
            raise ValidationError([FieldProblem("username", QT_TRANSLATE_NOOP(
                "core", "A user name has 3 to 40 English letters or digits."))])
        check_new_password(password)
        now = self.clock()
        user = User(uid=uuid7(), username=username, full_name=full_name, full_name_ur=full_name_ur, rank=rank,
                    role=role.value, station_id=station_id, password_hash=hash_password(password),
                    created_at=now, password_changed_at=now)
        with self.db.write() as s:
            if s.scalars(select(User).where(User.username == username)).first():
                raise ValidationError([FieldProblem("username", QT_TRANSLATE_NOOP("core", "This user name is taken."))])
            s.add(user)
            s.flush()
            s.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash, set_at=now))
            audit.record(s, actor, "user.create", f"user:{username}", role=role.value)
            account_sync.publish(s, user)
        return user

    def accounts(self, actor: Actor) -> list[User]:
        actor.require(Permission.MANAGE_USERS)
        with self.db.read() as s:
            users = list(s.scalars(select(User).order_by(User.username)))
            s.expunge_all()
        return users

    def change_role(self, actor: Actor, username: str, role: Role) -> None:
        actor.require(Permission.MANAGE_USERS)
        if username == actor.username:
            raise PermissionDenied(action=QT_TRANSLATE_NOOP("core", "change your own role"))
        with self.db.write() as s:
            user = self._user(s, username)
            old, user.role = user.role, role.value
            audit.record(s, actor, "user.role", f"user:{username}", old=old, new=role.value)
            account_sync.publish(s, user)

    def count(self) -> int:
        with self.db.read() as s:
            return len(s.scalars(select(User.id)).all())

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """A user's own change: the old password proves it is them (and wrong ones count to the lockout)."""
        with self.db.write() as s:
            user = self._user(s, actor.username)
            proved = self._attempt(s, user, old)
            if proved:
                self._set_password(s, user, new)
            audit.record(s, actor, "password.change", f"user:{user.username}", outcome="ok" if proved else "failed")
        if not proved:  # raised after the commit, so the failure stays in the audit trail
            raise LoginFailed()

    def reset_password(self, actor: Actor, witness: tuple[str, str], username: str, new: str) -> None:
        """An admin's reset of someone's password, confirmed by a second privileged user's own password."""
        actor.require(Permission.MANAGE_USERS)
        with self.db.write() as s:
            second = s.scalars(select(User).where(User.username == witness[0], User.active)).first()
            eligible = (second is not None and second.id != actor.user_id and second.username != username
                        and allowed(Role(second.role), Permission.MANAGE_USERS)
                        and not self._made_by(s, second.username, actor.username))
            ok = eligible and second is not None and self._attempt(s, second, witness[1])
            if ok:
                user = self._user(s, username)
                self._set_password(s, user, new)
                user.failed_logins, user.locked_until = 0, None
            audit.record(s, actor, "password.reset", f"user:{username}", outcome="ok" if ok else "refused",
                         witness=witness[0][:40])
        if not ok:
            raise PermissionDenied(action=QT_TRANSLATE_NOOP("core", "reset a password without a second administrator"))

    @staticmethod
    def _made_by(s: Session, username: str, admin: str) -> bool:
        """Whether ``admin`` created this account or gave it its role: such a witness is the admin's own."""
        return s.scalar(select(AuditRecord.id).where(
            AuditRecord.username == admin, AuditRecord.action.in_(("user.create", "user.role")),
            AuditRecord.target == f"user:{username}").limit(1)) is not None

    def _attempt(self, s: Session, user: User, password: str) -> bool:
        """Check a password inside a write; a wrong one counts towards the lockout like a failed login."""
        now = self.clock()
        if user.locked_until is not None and user.locked_until > now:
            return False
        if check_password(user.password_hash, password):
            user.failed_logins = 0
            return True
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.failed_logins, user.locked_until = 0, now + LOCKOUT
            audit.record(s, actor_of(user), "account.lock", f"user:{user.username}", minutes=10)
        return False

    def _set_password(self, s: Session, user: User, new: str) -> None:
        check_new_password(new)
        recent = s.scalars(select(PasswordHistory.password_hash).where(PasswordHistory.user_id == user.id)
                           .order_by(PasswordHistory.id.desc()).limit(HISTORY)).all()
        if any(check_password(old, new) for old in recent):
            raise ValidationError([FieldProblem("password", QT_TRANSLATE_NOOP(
                "core", "Choose a password you have not used among your last {n}."), {"n": HISTORY})])
        now = self.clock()
        user.password_hash, user.password_changed_at = hash_password(new), now
        s.add(PasswordHistory(user_id=user.id, password_hash=user.password_hash, set_at=now))
        account_sync.publish(s, user)

    @staticmethod
    def _user(s: Session, username: str) -> User:
        user = s.scalars(select(User).where(User.username == username, User.active)).first()
        if user is None:
            raise LoginFailed()
        return user

    # --- sessions ---------------------------------------------------------------

    def login(self, username: str, password: str) -> Actor:
        """Check the password; every attempt is audited; five wrong ones lock the account for ten minutes."""
        username = username[:40]
        with self.db.read() as s:
            user = s.scalars(select(User).where(User.username == username, User.active)).first()
            s.expunge_all()
        now = self.clock()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            with self.db.write() as s:
                audit.record(s, actor_of(user), "login", f"user:{username}", outcome="locked")
            raise AccountLocked(until=format_pkt(user.locked_until))
        # Slow on purpose, outside the write lock; an unknown name costs the same, so timing tells nothing.
        ok = check_password(user.password_hash if user else _unknown_user_hash(), password) and user is not None
        if user is None:
            # What was typed is not recorded: people type their password into the name field.
            with self.db.write() as s:
                audit.record(s, Actor(0, "(unknown)", Role.MOHARRAR, None), "login", "user:(unknown)",
                             outcome="failed", typed_chars=len(username))
            raise LoginFailed()
        with self.db.write() as s:
            row = s.get(User, user.id)
            assert row is not None
            if row.locked_until is not None and row.locked_until > now:  # locked by a parallel attempt
                ok = False
            if ok:
                row.failed_logins, row.locked_until = 0, None
                if needs_rehash(row.password_hash):  # parameters raised since it was set
                    row.password_hash = hash_password(password)
            else:
                row.failed_logins += 1
                if row.failed_logins >= MAX_FAILURES:
                    row.failed_logins, row.locked_until = 0, now + LOCKOUT
                    audit.record(s, actor_of(user), "account.lock", f"user:{username}", minutes=10)
            audit.record(s, actor_of(user), "login", f"user:{username}", outcome="ok" if ok else "failed")
        log.info("login %s: %s", "ok" if ok else "failed", username)
        if not ok:
            raise LoginFailed()
        return actor_of(user)

    def logout(self, actor: Actor) -> None:
        with self.db.write() as s:
            audit.record(s, actor, "logout", f"user:{actor.username}")

    def lock_session(self, actor: Actor, reason: str) -> None:
        with self.db.write() as s:
            audit.record(s, actor, "session.lock", f"user:{actor.username}", reason=reason)

    def unlock_session(self, actor: Actor, password: str) -> None:
        """Only the user whose session it is unlocks it; wrong passwords count towards the lockout."""
        self.login(actor.username, password)
        with self.db.write() as s:
            audit.record(s, actor, "session.unlock", f"user:{actor.username}")

