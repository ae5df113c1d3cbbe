"""Instruction and confirmation codes of the ZFM / R30x / AS608 command set, as pyfingerprint 1.5 uses them."""

from __future__ import annotations

from enum import IntEnum


class Instruction(IntEnum):
    READ_IMAGE = 0x01
    CONVERT_IMAGE = 0x02
    COMPARE_CHARACTERISTICS = 0x03
    SEARCH_TEMPLATE = 0x04
    CREATE_TEMPLATE = 0x05
    STORE_TEMPLATE = 0x06
    LOAD_TEMPLATE = 0x07
    DOWNLOAD_CHARACTERISTICS = 0x08  # module to host (the datasheet's UpChar)
    UPLOAD_CHARACTERISTICS = 0x09  # host to module (DownChar)
    DOWNLOAD_IMAGE = 0x0A  # module to host (UpImage)
    DELETE_TEMPLATE = 0x0C
    CLEAR_DATABASE = 0x0D
    SET_SYSTEM_PARAMETER = 0x0E
    GET_SYSTEM_PARAMETERS = 0x0F
    SET_PASSWORD = 0x12
    VERIFY_PASSWORD = 0x13
    GENERATE_RANDOM_NUMBER = 0x14
    SET_ADDRESS = 0x15
    GET_TEMPLATE_COUNT = 0x1D
    GET_TEMPLATE_INDEX = 0x1F


class Code(IntEnum):
    OK = 0x00
    COMMUNICATION = 0x01
    NO_FINGER = 0x02
    READ_IMAGE_FAILED = 0x03
    MESSY_IMAGE = 0x06
    FEW_FEATURE_POINTS = 0x07
    NOT_MATCHING = 0x08
    NO_TEMPLATE_FOUND = 0x09
    CHARACTERISTICS_MISMATCH = 0x0A
    INVALID_POSITION = 0x0B
    LOAD_TEMPLATE = 0x0C
    DOWNLOAD_CHARACTERISTICS = 0x0D
    PACKET_RESPONSE_FAIL = 0x0E
    DOWNLOAD_IMAGE = 0x0F
    DELETE_TEMPLATE = 0x10
    CLEAR_DATABASE = 0x11
    WRONG_PASSWORD = 0x13
    INVALID_IMAGE = 0x15
    FLASH = 0x18
    INVALID_REGISTER = 0x1A
    WRONG_ADDRESS = 0x20
    PASSWORD_NOT_VERIFIED = 0x21


class Register(IntEnum):
    """setSystemParameter's register numbers."""

    BAUD = 4  # value N: N x 9600 baud, 1..12
    SECURITY_LEVEL = 5  # 1..5
    PACKET_SIZE = 6  # 0..3: 32, 64, 128, 256 bytes


PACKET_SIZES = (32, 64, 128, 256)
BAUD_STEP = 9600
SYSTEM_ID = 0x0009  # the fixed value R30x datasheets give for the system identifier code


def instruction_name(code: int) -> str:
    try:
        return Instruction(code).name.lower()
    except ValueError:
        return f"unknown instruction {code:#04x}"
