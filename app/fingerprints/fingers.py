"""Finger positions (ISO/IEC 19794-2 codes) and the reasons a person is on record, with their names."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from app.i18n import QT_TRANSLATE_NOOP


class Finger(IntEnum):
    RIGHT_THUMB = 1
    RIGHT_INDEX = 2
    RIGHT_MIDDLE = 3
    RIGHT_RING = 4
    RIGHT_LITTLE = 5
    LEFT_THUMB = 6
    LEFT_INDEX = 7
    LEFT_MIDDLE = 8
    LEFT_RING = 9
    LEFT_LITTLE = 10


FINGER_NAMES: dict[Finger, str] = {
    Finger.RIGHT_THUMB: QT_TRANSLATE_NOOP("core", "Right thumb"),
    Finger.RIGHT_INDEX: QT_TRANSLATE_NOOP("core", "Right index finger"),
    Finger.RIGHT_MIDDLE: QT_TRANSLATE_NOOP("core", "Right middle finger"),
    Finger.RIGHT_RING: QT_TRANSLATE_NOOP("core", "Right ring finger"),
    Finger.RIGHT_LITTLE: QT_TRANSLATE_NOOP("core", "Right little finger"),
    Finger.LEFT_THUMB: QT_TRANSLATE_NOOP("core", "Left thumb"),
    Finger.LEFT_INDEX: QT_TRANSLATE_NOOP("core", "Left index finger"),
    Finger.LEFT_MIDDLE: QT_TRANSLATE_NOOP("core", "Left middle finger"),
    Finger.LEFT_RING: QT_TRANSLATE_NOOP("core", "Left ring finger"),
    Finger.LEFT_LITTLE: QT_TRANSLATE_NOOP("core", "Left little finger"),
}

# Check posts scan a thumb or an index finger, so those are taken first and by default.
DEFAULT_FINGERS = (Finger.RIGHT_THUMB, Finger.RIGHT_INDEX, Finger.LEFT_THUMB, Finger.LEFT_INDEX)


class Category(StrEnum):
    CRIMINAL_RECORD = "criminal_record"
    WANTED = "wanted"
    PROCLAIMED_OFFENDER = "proclaimed_offender"


CATEGORY_NAMES: dict[Category, str] = {
    Category.CRIMINAL_RECORD: QT_TRANSLATE_NOOP("core", "Criminal record"),
    Category.WANTED: QT_TRANSLATE_NOOP("core", "Wanted"),
    Category.PROCLAIMED_OFFENDER: QT_TRANSLATE_NOOP("core", "Proclaimed offender"),
}
