"""Per-token rate limiting over a sliding 60-second window.

TrekMail limits each token per minute and answers 429 with ``Retry-After`` (API overview, "Rate
limits"). The sandbox keeps the time of each counted request per token and frees a slot 60 s
after it was used.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateDecision", "SlidingWindowLimiter"]


@dataclass(frozen=True, slots=True)
class RateDecision:
    """The outcome of counting one request.

    Attributes:
        allowed: whether the request may proceed.
        limit: the per-window limit (int).
        remaining: slots left in the window after this request (int, >= 0).
        retry_after: when refused, whole seconds until a slot frees (int, >= 1); else 0.
    """

    allowed: bool
    limit: int
    remaining: int
    retry_after: int


class SlidingWindowLimiter:
    """Allows at most ``limit`` requests per token in any ``window`` seconds.

    Args:
        limit: requests per window (int, >= 1).
        window: the window length in seconds (float).
        clock: a monotonic clock in seconds; `time.monotonic` by default.
    """

    def __init__(
        self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> RateDecision:
        """Count a request for ``key`` (a token) unless the window is full. O(1) amortised."""
        now = self._clock()
        hits = self._hits.get(key)
        if hits is None:
            hits = self._hits[key] = deque()
        horizon = now - self.window
        while hits and hits[0] <= horizon:
            hits.popleft()
        if len(hits) >= self.limit:
            wait = hits[0] + self.window - now
            return RateDecision(False, self.limit, 0, max(1, math.ceil(wait)))
        hits.append(now)
        return RateDecision(True, self.limit, self.limit - len(hits), 0)

    def reset(self, key: str | None = None) -> None:
        """Forget the counted requests of ``key``, or of every token when None."""
        if key is None:
            self._hits.clear()
        else:
            self._hits.pop(key, None)
