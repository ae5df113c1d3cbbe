"""Minutiae extraction in numpy: see extractor.py for the steps."""

from app.biometrics.extraction.extractor import MinutiaeExtractor
from app.biometrics.extraction.resolution import ImageError

__all__ = ["ImageError", "MinutiaeExtractor"]
