"""The scanner's password, kept in the OS keyring like every other secret of the station.

ZFM sensors leave the factory with password 0; a station that set its own
enters it once, when the sensor refuses the stored one, and it is remembered.
Without a usable keyring the password is asked again next time, never written
to a file.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

from app.security.keystore import SERVICE

log = logging.getLogger(__name__)
ENTRY = "scanner-password"
FACTORY_PASSWORD = 0


def load_password() -> int:
    try:
        text = keyring.get_password(SERVICE, ENTRY)
    except keyring.errors.KeyringError:
        return FACTORY_PASSWORD
    try:
        value = int(text, 16) if text else FACTORY_PASSWORD
    except ValueError:
        log.warning("the scanner password kept in the keyring is not hexadecimal; using the factory password")
        return FACTORY_PASSWORD
    return value if 0 <= value <= 0xFFFFFFFF else FACTORY_PASSWORD


def save_password(password: int) -> None:
    try:
        keyring.set_password(SERVICE, ENTRY, f"{password:08X}")
    except keyring.errors.KeyringError:
        log.warning("no keyring: the scanner password will be asked for again next time")
