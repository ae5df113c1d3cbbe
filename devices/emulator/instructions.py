"""One handler per instruction: read the arguments, change the sensor, say what to send back.

verifyPassword is not here: the sensor answers it itself, because the password fault reaches it there.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from devices.emulator import characteristics
from devices.emulator.images import pack_nibbles
from devices.emulator.library import PAGES
from devices.emulator.protocol import BAUD_STEP, PACKET_SIZES, SYSTEM_ID, Code, Instruction, Register

if TYPE_CHECKING:
    from devices.emulator.sensor import Sensor

log = logging.getLogger("devices.emulator")

# Status register bits the datasheet defines: password verified, image buffer holds an image.
STATUS_PASSWORD_VERIFIED = 0x0004
STATUS_IMAGE_READY = 0x0008


@dataclass(frozen=True)
class Reply:
    frames: list[bytes]
    image: bool = False  # an image download, which the unplug-mid-image fault cuts in half


Handler = Callable[["Sensor", bytes], Reply]


def _number(data: bytes) -> int:
    return int.from_bytes(data, "big")


# -- password, address and parameters

def set_password(sensor: Sensor, args: bytes) -> Reply:
    sensor.password = _number(args)
    return sensor.ack(Code.OK)


def set_address(sensor: Sensor, args: bytes) -> Reply:
    sensor.address = _number(args)  # the acknowledgement already carries the new address
    return sensor.ack(Code.OK)


def set_system_parameter(sensor: Sensor, args: bytes) -> Reply:
    register, value = args
    if register == Register.BAUD and 1 <= value <= 12:
        sensor.baud = value * BAUD_STEP
    elif register == Register.SECURITY_LEVEL and 1 <= value <= 5:
        sensor.security_level = value
    elif register == Register.PACKET_SIZE and 0 <= value < len(PACKET_SIZES):
        sensor.packet_size = PACKET_SIZES[value]
    else:
        return sensor.ack(Code.INVALID_REGISTER)  # the datasheet has no separate code for a bad value
    return sensor.ack(Code.OK)


def get_system_parameters(sensor: Sensor, _args: bytes) -> Reply:
    status = (STATUS_PASSWORD_VERIFIED if sensor.verified else 0) | (STATUS_IMAGE_READY if sensor.image else 0)
    fields = [(status, 2), (SYSTEM_ID, 2), (sensor.library.capacity, 2), (sensor.security_level, 2),
              (sensor.address, 4), (PACKET_SIZES.index(sensor.packet_size), 2), (sensor.baud // BAUD_STEP, 2)]
    return sensor.ack(Code.OK, b"".join(value.to_bytes(size, "big") for value, size in fields))


def generate_random_number(sensor: Sensor, _args: bytes) -> Reply:
    return sensor.ack(Code.OK, random.getrandbits(32).to_bytes(4, "big"))


# -- capture

def read_image(sensor: Sensor, _args: bytes) -> Reply:
    if sensor.no_finger or sensor.source is None:
        return sensor.ack(Code.NO_FINGER)
    # The finger arrives finger_after seconds after the first readImage of this capture.
    now = time.monotonic()
    if sensor.finger_wait_began is None:
        sensor.finger_wait_began = now
    if now - sensor.finger_wait_began < sensor.finger_after:
        return sensor.ack(Code.NO_FINGER)
    sensor.finger_wait_began = None
    try:
        sensor.image = sensor.source.next_image()
    except Exception:  # a broken image source is a failed capture, not a dead emulator
        log.exception("the image source failed")
        return sensor.ack(Code.READ_IMAGE_FAILED)
    return sensor.ack(Code.OK)


def download_image(sensor: Sensor, _args: bytes) -> Reply:
    if sensor.image is None:
        return sensor.ack(Code.DOWNLOAD_IMAGE)
    return sensor.with_data(pack_nibbles(sensor.image.pixels), image=True)


def convert_image(sensor: Sensor, args: bytes) -> Reply:
    buffer = args[0]
    if buffer not in sensor.buffers:
        return sensor.ack(Code.COMMUNICATION)
    if sensor.image is None:
        return sensor.ack(Code.INVALID_IMAGE)
    if characteristics.blank(sensor.image.pixels):
        return sensor.ack(Code.FEW_FEATURE_POINTS)
    sensor.buffers[buffer] = characteristics.extract(sensor.image.pixels, sensor.image.identity)
    return sensor.ack(Code.OK)


# -- characteristics and templates

def compare_characteristics(sensor: Sensor, _args: bytes) -> Reply:
    found = characteristics.score(sensor.buffers[1], sensor.buffers[2])
    return sensor.ack(Code.OK if found else Code.NOT_MATCHING, found.to_bytes(2, "big"))


def create_template(sensor: Sensor, _args: bytes) -> Reply:
    template = characteristics.merge(sensor.buffers[1], sensor.buffers[2])
    if template is None:
        return sensor.ack(Code.CHARACTERISTICS_MISMATCH)
    sensor.buffers = {1: template, 2: template}
    return sensor.ack(Code.OK)


def search_template(sensor: Sensor, args: bytes) -> Reply:
    buffer, start, count = args[0], _number(args[1:3]), _number(args[3:5])
    if buffer not in sensor.buffers:
        return sensor.ack(Code.COMMUNICATION)
    hit = sensor.library.search(sensor.buffers[buffer], start, count)
    if hit is None:
        return sensor.ack(Code.NO_TEMPLATE_FOUND, bytes(4))
    position, found = hit
    return sensor.ack(Code.OK, position.to_bytes(2, "big") + found.to_bytes(2, "big"))


def store_template(sensor: Sensor, args: bytes) -> Reply:
    buffer, position = args[0], _number(args[1:3])
    if buffer not in sensor.buffers or not sensor.library.valid(position):
        return sensor.ack(Code.INVALID_POSITION)
    sensor.library.store(position, sensor.buffers[buffer])
    return sensor.ack(Code.OK)


def load_template(sensor: Sensor, args: bytes) -> Reply:
    buffer, position = args[0], _number(args[1:3])
    if buffer not in sensor.buffers or not sensor.library.valid(position):
        return sensor.ack(Code.INVALID_POSITION)
    template = sensor.library.load(position)
    if template is None:
        return sensor.ack(Code.LOAD_TEMPLATE)  # what R30x modules answer for an empty position
    sensor.buffers[buffer] = template
    return sensor.ack(Code.OK)


def download_characteristics(sensor: Sensor, args: bytes) -> Reply:
    if args[0] not in sensor.buffers:
        return sensor.ack(Code.DOWNLOAD_CHARACTERISTICS)
    return sensor.with_data(sensor.buffers[args[0]])


def upload_characteristics(sensor: Sensor, args: bytes) -> Reply:
    if args[0] not in sensor.buffers:
        return sensor.ack(Code.PACKET_RESPONSE_FAIL)
    sensor.start_upload(args[0])  # the data packets follow this acknowledgement
    return sensor.ack(Code.OK)


def delete_template(sensor: Sensor, args: bytes) -> Reply:
    start, count = _number(args[0:2]), _number(args[2:4])
    if not sensor.library.valid(start) or start + count > sensor.library.capacity:
        return sensor.ack(Code.DELETE_TEMPLATE)
    sensor.library.delete(start, count)
    return sensor.ack(Code.OK)


def clear_database(sensor: Sensor, _args: bytes) -> Reply:
    sensor.library.clear()
    return sensor.ack(Code.OK)


def get_template_count(sensor: Sensor, _args: bytes) -> Reply:
    return sensor.ack(Code.OK, len(sensor.library).to_bytes(2, "big"))


def get_template_index(sensor: Sensor, args: bytes) -> Reply:
    if args[0] >= PAGES:
        return sensor.ack(Code.INVALID_POSITION)
    return sensor.ack(Code.OK, sensor.library.index_page(args[0]))


# Argument bytes after the instruction code, and the handler; a command of another length is answered 0x01.
HANDLERS: dict[Instruction, tuple[int, Handler]] = {
    Instruction.READ_IMAGE: (0, read_image),
    Instruction.CONVERT_IMAGE: (1, convert_image),
    Instruction.COMPARE_CHARACTERISTICS: (0, compare_characteristics),
    Instruction.SEARCH_TEMPLATE: (5, search_template),
    Instruction.CREATE_TEMPLATE: (0, create_template),
    Instruction.STORE_TEMPLATE: (3, store_template),
    Instruction.LOAD_TEMPLATE: (3, load_template),
    Instruction.DOWNLOAD_CHARACTERISTICS: (1, download_characteristics),
    Instruction.UPLOAD_CHARACTERISTICS: (1, upload_characteristics),
    Instruction.DOWNLOAD_IMAGE: (0, download_image),
    Instruction.DELETE_TEMPLATE: (4, delete_template),
    Instruction.CLEAR_DATABASE: (0, clear_database),
    Instruction.SET_SYSTEM_PARAMETER: (2, set_system_parameter),
    Instruction.GET_SYSTEM_PARAMETERS: (0, get_system_parameters),
    Instruction.SET_PASSWORD: (4, set_password),
    Instruction.GENERATE_RANDOM_NUMBER: (0, generate_random_number),
    Instruction.SET_ADDRESS: (4, set_address),
    Instruction.GET_TEMPLATE_COUNT: (0, get_template_count),
    Instruction.GET_TEMPLATE_INDEX: (1, get_template_index),
}
