"""How fast the engine pushes: the batch size and the back-off between retries."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_BATCH = 500  # the server's limit per push (server/wire.py)


@dataclass
class BatchSize:
    """The number of operations per push request.

    AIMD, as TCP does: a slow or failed request halves the batch, so a 2G link is soon sent batches it
    can carry well within the read timeout; a fast one grows it by half again, up to the server's limit,
    so a good link gets back to large batches after a few requests."""

    size: int = 100
    minimum: int = 1
    maximum: int = MAX_BATCH
    slow_seconds: float = 15.0
    fast_seconds: float = 3.0

    def after_success(self, seconds: float) -> None:
        if seconds >= self.slow_seconds:
            self.shrink()
        elif seconds <= self.fast_seconds:
            self.size = min(self.maximum, self.size + max(1, self.size // 2))

    def shrink(self) -> None:
        self.size = max(self.minimum, self.size // 2)


@dataclass
class Backoff:
    """Exponential back-off with full jitter: the n-th retry waits a uniform random time in
    [0, min(cap, base * 2**n)), so many stations coming back online at once do not retry in step.
    ``random`` is injected so tests get exact delays."""

    base: float = 2.0
    cap: float = 300.0
    random: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int) -> float:
        return self.random() * min(self.cap, self.base * 2 ** attempt)
