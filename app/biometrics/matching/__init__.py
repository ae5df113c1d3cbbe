"""Minutiae matching: Minutia Cylinder-Code with LSS-R consolidation (``MccMatcher``)."""

from app.biometrics.matching.cylinders import Cylinders, Params
from app.biometrics.matching.mcc import MccMatcher

__all__ = ["Cylinders", "MccMatcher", "Params"]
