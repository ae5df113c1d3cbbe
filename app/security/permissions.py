"""Roles and the permission matrix, declared once. Services call ``require``."""

from __future__ import annotations

from enum import StrEnum

from app.errors import PermissionDenied
from app.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    MOHARRAR = "moharrar"
    HEAD_MOHARRAR = "head_moharrar"
    SHO = "sho"
    INVESTIGATING_OFFICER = "io"
    CHECKPOST_OFFICER = "checkpost"
    COUNTER_STAFF = "counter"
    CRO_OFFICER = "cro"
    STATION_ADMIN = "admin"
    TRAINER = "trainer"


ROLE_NAMES: dict[Role, str] = {
    Role.MOHARRAR: QT_TRANSLATE_NOOP("core", "Moharrar"),
    Role.HEAD_MOHARRAR: QT_TRANSLATE_NOOP("core", "Head moharrar"),
    Role.SHO: QT_TRANSLATE_NOOP("core", "SHO"),
    Role.INVESTIGATING_OFFICER: QT_TRANSLATE_NOOP("core", "Investigating officer"),
    Role.CHECKPOST_OFFICER: QT_TRANSLATE_NOOP("core", "Check-post officer"),
    Role.COUNTER_STAFF: QT_TRANSLATE_NOOP("core", "Khidmat Markaz counter staff"),
    Role.CRO_OFFICER: QT_TRANSLATE_NOOP("core", "CRO officer"),
    Role.STATION_ADMIN: QT_TRANSLATE_NOOP("core", "Station admin"),
    Role.TRAINER: QT_TRANSLATE_NOOP("core", "Trainer"),
}


class Permission(StrEnum):
    REGISTER_FIR = "register_fir"
    WRITE_DIARY = "write_diary"
    CORRECT_ENTRY = "correct_entry"
    CLOSE_DIARY_DAY = "close_diary_day"
    MANAGE_PERSONS = "manage_persons"
    VIEW_REGISTERS = "view_registers"
    VIEW_RESTRICTED = "view_restricted"
    ENROL_FINGERPRINTS = "enrol_fingerprints"
    RUN_IDENTIFICATION = "run_identification"
    PRINT_EXPORT = "print_export"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    COUNTER_WORK = "counter_work"
    DECIDE_APPLICATION = "decide_application"
    RECEIVE_COMPLAINT = "receive_complaint"
    ASSIGN_COMPLAINT = "assign_complaint"


# What each permission lets a user do, for the "You do not have permission to ..." message.
ACTIONS: dict[Permission, str] = {
    Permission.REGISTER_FIR: QT_TRANSLATE_NOOP("core", "register an FIR"),
    Permission.WRITE_DIARY: QT_TRANSLATE_NOOP("core", "write in the daily diary"),
    Permission.CORRECT_ENTRY: QT_TRANSLATE_NOOP("core", "correct or cancel a register entry"),
    Permission.CLOSE_DIARY_DAY: QT_TRANSLATE_NOOP("core", "close the daily diary"),
    Permission.MANAGE_PERSONS: QT_TRANSLATE_NOOP("core", "add or change person records"),
    Permission.VIEW_REGISTERS: QT_TRANSLATE_NOOP("core", "view the station registers"),
    Permission.VIEW_RESTRICTED: QT_TRANSLATE_NOOP("core", "view restricted registers"),
    Permission.ENROL_FINGERPRINTS: QT_TRANSLATE_NOOP("core", "enrol fingerprints"),
    Permission.RUN_IDENTIFICATION: QT_TRANSLATE_NOOP("core", "run a fingerprint identification"),
    Permission.PRINT_EXPORT: QT_TRANSLATE_NOOP("core", "print or export records"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("core", "manage user accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("core", "view the audit trail"),
    Permission.COUNTER_WORK: QT_TRANSLATE_NOOP("core", "work at the Khidmat Markaz counter"),
    Permission.DECIDE_APPLICATION: QT_TRANSLATE_NOOP("core", "decide a counter application sent to the SHO"),
    Permission.RECEIVE_COMPLAINT: QT_TRANSLATE_NOOP("core", "register a complaint"),
    Permission.ASSIGN_COMPLAINT: QT_TRANSLATE_NOOP("core", "assign or close a complaint"),
}

_P = Permission
_REGISTER_WORK = {_P.REGISTER_FIR, _P.WRITE_DIARY, _P.MANAGE_PERSONS, _P.VIEW_REGISTERS, _P.PRINT_EXPORT}
_REGISTER_WORK |= {_P.RECEIVE_COMPLAINT}  # the station's front desk (domain brief 3.11)

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.MOHARRAR: frozenset(_REGISTER_WORK),
    Role.HEAD_MOHARRAR: frozenset(_REGISTER_WORK | {_P.CORRECT_ENTRY, _P.CLOSE_DIARY_DAY}),
    Role.SHO: frozenset(_REGISTER_WORK | {_P.CORRECT_ENTRY, _P.CLOSE_DIARY_DAY, _P.VIEW_RESTRICTED, _P.VIEW_AUDIT,
                                          _P.DECIDE_APPLICATION, _P.ASSIGN_COMPLAINT}),
    Role.INVESTIGATING_OFFICER: frozenset({_P.WRITE_DIARY, _P.VIEW_REGISTERS, _P.PRINT_EXPORT}),
    Role.CHECKPOST_OFFICER: frozenset({_P.RUN_IDENTIFICATION}),
    Role.COUNTER_STAFF: frozenset({_P.MANAGE_PERSONS, _P.RUN_IDENTIFICATION, _P.PRINT_EXPORT, _P.COUNTER_WORK,
                                   _P.RECEIVE_COMPLAINT}),
    Role.CRO_OFFICER: frozenset({_P.MANAGE_PERSONS, _P.ENROL_FINGERPRINTS, _P.RUN_IDENTIFICATION}),
    Role.STATION_ADMIN: frozenset({_P.MANAGE_USERS, _P.VIEW_AUDIT}),
    Role.TRAINER: frozenset(set(Permission)),  # demo data only: the demo builds its own users
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in MATRIX[role]


def require(role: Role, permission: Permission) -> None:
    """Raise PermissionDenied unless the role holds the permission."""
    if not allowed(role, permission):
        raise PermissionDenied(action=ACTIONS[permission])
