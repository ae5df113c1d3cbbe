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

Against a gallery of N prints the chance of some false candidate grows about N-fold: a 1:N search must not use
these alone as its false-alarm rate.
"""

RED = 0.1181
YELLOW = 0.0712
