"""Which extraction and matching methods the station uses: chosen here once, passed to the services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.biometrics.engine import Extractor
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.index import BatchMatcher
from app.biometrics.matching import MccMatcher


@dataclass(frozen=True)
class Engine:
    extractor: Extractor
    matcher: BatchMatcher[Any]  # compare_many: the index ranks its shortlist in one call


def default_engine() -> Engine:
    return Engine(MinutiaeExtractor(), MccMatcher())
