"""The minutiae extractor: image -> minutiae at 500 dpi, numpy only (the frozen program has no room for OpenCV,
SciPy or NBIS).

Steps: resample to 500 dpi; short-time Fourier analysis in overlapping tiles; per tile the ridge orientation,
frequency and clarity; the print's outline; contextual filtering along the flow; binary ridges and their
skeleton; endings and bifurcations on it; false ones removed by geometry; a reliability per minutia.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.engine import ENGINE_DPI, Minutiae
from app.biometrics.extraction import (
    detection,
    enhancement,
    orientation_field,
    pruning,
    reliability,
    ridge_frequency,
    segmentation,
)
from app.biometrics.extraction.resolution import at_engine_dpi
from app.biometrics.extraction.skeleton import thinned
from app.biometrics.extraction.tiles import spectra, tiling

MIN_PRINT_SHARE = 0.8  # of a minutia's neighbourhood that must be on the print (see pruning.BORDER)


class MinutiaeExtractor:
    def extract(self, pixels: np.ndarray, dpi: float = ENGINE_DPI) -> Minutiae:
        """Minutiae of an 8-bit grey image (dark ridges on light ground) of any resolution; ImageError when
        the image cannot be used at all. A blank or hopeless image gives few or no minutiae."""
        image = at_engine_dpi(pixels, dpi)
        layout = tiling(image.shape)
        spectrum = spectra(image, layout, fill=float(image.mean()))
        power = spectrum.real**2 + spectrum.imag**2
        raw = orientation_field.estimate(power)
        mask = segmentation.foreground(raw)
        flow = orientation_field.smoothed(raw, mask)
        frequency = ridge_frequency.estimate(power, flow, mask)
        filtered = enhancement.enhanced(spectrum, flow, frequency, layout)
        rows = np.arange(image.shape[0], dtype=np.float32)[:, None]
        cols = np.arange(image.shape[1], dtype=np.float32)[None, :]
        inside = layout.sample(mask, rows, cols) > 0.5
        ridges = (filtered < 0) & inside
        found = detection.candidates(thinned(ridges), ridges, inside, flow, layout)
        period = 1 / layout.sample(frequency, found.rows, found.cols)
        on_print = pruning.print_share(found, mask, layout, period)
        keep = ~pruning.false_ones(found, period) & (on_print >= MIN_PRINT_SHARE)
        found, on_print = found.subset(keep), on_print[keep]
        return Minutiae(
            x=found.cols.astype(np.float32),
            y=found.rows.astype(np.float32),
            angle=np.mod(-found.angle, 2 * np.pi).astype(np.float32),  # on screen: clockwise -> counter-clockwise
            kind=found.kind.astype(np.uint8),
            quality=reliability.quality(found, flow, layout, on_print),
            width=image.shape[1],
            height=image.shape[0],
        )
