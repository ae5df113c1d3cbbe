"""How far each minutia can be trusted, 1..100: a matcher can weight or drop the doubtful ones.

Three things make a minutia doubtful: unclear flow round it (low coherence: a core, a delta, a scar, noise),
weak ridges (little of the tile's energy in the ridge band: smudges, dry skin, noise), and a print edge close by.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.extraction.detection import Candidates
from app.biometrics.extraction.orientation_field import Flow
from app.biometrics.extraction.tiles import Tiling
from app.biometrics.fields import smoothstep


def quality(found: Candidates, flow: Flow, layout: Tiling, on_print: np.ndarray) -> np.ndarray:
    """uint8 1..100 per candidate; ``on_print`` is the share of its neighbourhood on the print (0..1)."""
    coherence = layout.sample(flow.coherence, found.rows, found.cols)
    share = layout.sample(flow.share, found.rows, found.cols)
    score = (smoothstep((coherence - 0.2) / 0.6) * smoothstep((share - 0.3) / 0.5)
             * smoothstep((on_print - 0.5) / 0.5))
    return np.clip(np.rint(100 * score), 1, 100).astype(np.uint8)
