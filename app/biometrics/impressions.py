"""One impression of a master finger as an optical sensor would deliver it: 8-bit, dark ridges on light.

Per impression the finger lands elsewhere on the glass, turned a little, and its skin stretches; it is pressed
harder or softer (a larger or smaller contact area, sometimes only part of the tip), it is drier or wetter
(thin broken ridges or thick merged ones), and the sensor adds its own background, blur and noise.

The skin stretch follows Cappelli, Maio and Maltoni's model: the skin pressed hardest on the glass (the
contact centre) stays put, the rest is dragged by a small extra turn and shift, more so further out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.biometrics.fields import Array, bilinear, blur, smooth_noise, smoothstep
from app.biometrics.master import Master

MAX_ROTATION = np.radians(15.0)
MAX_SHIFT = 45.0  # pixels the finger lands away from the middle of the sensor, each way
MAX_DRAG_ROTATION = np.radians(9.0)
MAX_DRAG_SHIFT = 14.0
FIRM_RADIUS = 45.0  # within this distance of the contact centre the skin does not slip
SLIP_WIDTH = 110.0  # over this distance beyond it, the slip grows to the full drag
CANVAS_SEAM = 12.0  # pixels along the master canvas's border that never print


@dataclass(frozen=True)
class Placement:
    rotation: float  # radians
    shift: tuple[float, float]  # (rows, cols) from the finger's aim point to the middle of the sensor
    drag_rotation: float
    drag_shift: tuple[float, float]
    contact_centre: tuple[float, float]  # on the sensor, from its middle


@dataclass(frozen=True)
class Conditions:
    pressure: float  # how much of the fingertip's outline touches the glass (1: all of it)
    moisture: float  # -1 very dry .. 1 very wet
    tilt: float  # 0 flat; above 0 one side of the tip lifts off the glass
    tilt_direction: float  # radians
    paper: float  # background grey level
    contrast: float  # how much darker a full ridge is than the background
    sharpness: float  # Gaussian blur sigma in pixels
    grain: float  # sensor noise deviation in grey levels


def draw_placement(rng: np.random.Generator) -> Placement:
    limits = np.array([MAX_ROTATION, MAX_SHIFT, MAX_SHIFT])
    rotation, shift_rows, shift_cols = np.clip(rng.normal(0.0, limits / 2), -limits, limits).tolist()
    drag_rotation, drag_rows, drag_cols = (rng.uniform(-1.0, 1.0, 3) * [MAX_DRAG_ROTATION, MAX_DRAG_SHIFT,
                                                                          MAX_DRAG_SHIFT]).tolist()
    centre_rows, centre_cols = rng.uniform(-25.0, 25.0, 2).tolist()
    return Placement(rotation, (shift_rows, shift_cols), drag_rotation, (drag_rows, drag_cols),
                     (centre_rows, centre_cols))


def draw_conditions(rng: np.random.Generator) -> Conditions:
    return Conditions(
        pressure=float(rng.uniform(0.8, 1.1)),
        moisture=float(np.clip(rng.normal(0.0, 0.65), -1.0, 1.0)),
        tilt=float(rng.uniform(0.0, 0.7)) if rng.random() < 0.4 else 0.0,
        tilt_direction=float(rng.uniform(0.0, 2 * np.pi)),
        paper=float(rng.uniform(175, 235)),
        contrast=float(rng.uniform(120, 185)),
        sharpness=float(rng.uniform(0.5, 1.3)),
        grain=float(rng.uniform(2.0, 9.0)),
    )


def _rotate(rows: Array, cols: Array, angle: float) -> tuple[Array, Array]:
    cos, sin = np.float32(np.cos(angle)), np.float32(np.sin(angle))
    return cos * rows + sin * cols, cos * cols - sin * rows


def master_points(placement: Placement, aim: tuple[float, float], height: int, width: int) -> tuple[Array, Array]:
    """The master (row, col) under every pixel of a ``height`` x ``width`` sensor."""
    rows, cols = np.mgrid[0:height, 0:width].astype(np.float32)
    rows -= (height - 1) / 2
    cols -= (width - 1) / 2
    # The stretch first, on the sensor: pixels far from the contact centre see skin dragged from elsewhere.
    d_rows, d_cols = rows - placement.contact_centre[0], cols - placement.contact_centre[1]
    slip = smoothstep((np.hypot(d_rows, d_cols) - FIRM_RADIUS) / SLIP_WIDTH)
    dragged_rows, dragged_cols = _rotate(d_rows, d_cols, placement.drag_rotation)
    rows = rows + slip * (dragged_rows - d_rows + placement.drag_shift[0])
    cols = cols + slip * (dragged_cols - d_cols + placement.drag_shift[1])
    # Then the whole finger, turned and moved.
    rows, cols = _rotate(rows, cols, placement.rotation)
    return rows + aim[0] + placement.shift[0], cols + aim[1] + placement.shift[1]


def contact(master: Master, rows: Array, cols: Array, conditions: Conditions, rng: np.random.Generator) -> Array:
    """How firmly each master point touches the glass: 0 (not at all) .. 1, fading over a ragged edge."""
    wobble = 0.045 * smooth_noise(rng, rows.shape, scale=40.0)
    touch = master.outline.coverage(rows, cols, scale=conditions.pressure, softness=0.3, wobble=wobble)
    # Never show the canvas's last ridges: the circular growth wraps there, so they would not join up.
    height, width = master.ridges.shape
    to_border = np.minimum(np.minimum(rows, height - 1 - rows), np.minimum(cols, width - 1 - cols))
    touch = touch * smoothstep((to_border - CANVAS_SEAM) / CANVAS_SEAM)
    if conditions.tilt > 0:
        across = ((rows - master.outline.centre[0]) * np.sin(conditions.tilt_direction)
                  + (cols - master.outline.centre[1]) * np.cos(conditions.tilt_direction))
        edge = master.outline.half_width * (1.0 - 0.7 * conditions.tilt)
        touch = touch * smoothstep((edge - across) / 50.0)
    return touch


def ink(ridges: Array, touch: Array, conditions: Conditions, rng: np.random.Generator) -> Array:
    """How dark each pixel prints, 0 .. 1: wet skin widens the ridges, dry or lightly pressed skin thins and
    breaks them."""
    shape = ridges.shape
    level = -0.45 * conditions.moisture + 1.2 * (1.0 - touch) + 0.15 * smooth_noise(rng, shape, scale=40.0)
    dark = smoothstep((ridges - level) / 0.7 + 0.5)
    dryness = max(0.0, -conditions.moisture)
    if dryness > 0:
        specks = smoothstep((smooth_noise(rng, shape, scale=5.0) - 1.6 + 1.2 * dryness) / 0.5)
        dark = dark * (1.0 - specks)
    return dark * smoothstep(touch / 0.5)


def render(master: Master, rng: np.random.Generator, height: int, width: int) -> Array:
    """The impression's 8-bit pixels; the placement and conditions are drawn first, so they do not depend on
    the image size."""
    placement = draw_placement(rng)
    conditions = draw_conditions(rng)
    rows, cols = master_points(placement, master.aim, height, width)
    ridges = bilinear(master.ridges, rows, cols, outside=-1.0)
    touch = contact(master, rows, cols, conditions, rng)
    dark = ink(ridges, touch, conditions, rng)
    shape = (height, width)
    paper = conditions.paper + 6.0 * smooth_noise(rng, shape, scale=80.0)
    image = paper - conditions.contrast * blur(dark, conditions.sharpness)
    image += conditions.grain * rng.standard_normal(shape, dtype=np.float32)
    return np.clip(np.rint(image), 0, 255).astype(np.uint8)
