"""Decision thresholds on ``MccMatcher`` scores of our extractor's minutiae, for one comparison (1:1).

Measured with ``python -m bench fingerprints --calibrate`` (bench/calibration.py) on 133,720 impostor pairs:
every pair of different fingers among the 320 FVC2002 B images (49,920, within and across the four sets) and
200 synthetic impressions (100 fingers x 2). Each threshold is the lowest multiple of 1e-4 that at most the
stated share of those impostors reach; the FNMR is over the 1,120 FVC genuine pairs. Re-derive them whenever
the extractor or the matcher changes (last: extractor f2b8871, matcher 75697fd).

- RED, FMR 0.0097 % (13 of 133,720; none of the FVC-only pairs), FNMR 12.5 %. The 0.01 % point rests on the
  highest 14 impostor scores, so it is a rough estimate.
- YELLOW, FMR 0.99 % (0.12 % of the FVC-only pairs: synthetic prints score higher against anything, so these
  thresholds are on the safe side for real prints), FNMR 5.1 %.

Against a gallery of N prints the chance of some false candidate grows about N-fold, so a 1:N search raises
both thresholds with the size of its gallery (``search_thresholds``): red and yellow then hold for the whole
search, not for each comparison in it.
"""

import math

RED = 0.1181
YELLOW = 0.0712

# The impostor scores' upper tail is exponential: the share reaching t >= TAIL_FROM (the score 1 % of them
# reach) is TAIL_SHARE * exp(-(t - TAIL_FROM) / TAIL_SCALE), the scale being their mean excess over TAIL_FROM.
# Fitted on the same pairs it gives 0.1 % at 0.0946 and 0.01 % at 0.1181, where 0.097 % and 0.0097 % were
# measured; at 0.001 % (0.1417) it measured 0.0022 %, so far out it is an estimate, not a measurement.
TAIL_FROM = 0.0711
TAIL_SHARE = 0.01
TAIL_SCALE = 0.0102
RED_SEARCH_RATE = 1e-4  # of searches with a finger nobody enrolled, the share that may come back red
YELLOW_SEARCH_RATE = 1e-2


def for_search(rate: float, templates: int) -> float:
    """The score that a finger nobody enrolled reaches in at most ``rate`` of searches of ``templates`` prints
    (each comparison then at most rate / templates)."""
    per_comparison = rate / max(1, templates)
    return TAIL_FROM + TAIL_SCALE * math.log(TAIL_SHARE / per_comparison)


def search_thresholds(templates: int) -> tuple[float, float]:
    """(red, yellow) for a 1:N search of a gallery of ``templates`` prints; never below the 1:1 values."""
    return (max(RED, for_search(RED_SEARCH_RATE, templates)),
            max(YELLOW, for_search(YELLOW_SEARCH_RATE, templates)))
