"""Retry building blocks: policy, full-jitter backoff, Retry-After parsing, the retry budget
and the per-token rate-limit gate. :mod:`._retry` runs the retry loop with them.

Retry-After follows RFC 9110 section 10.2.3 (delay-seconds or HTTP-date), plus
``retry-after-ms`` and the body's ``retry_after``; backoff is "full jitter"
``uniform(0, min(cap, base * 2**attempt))`` (AWS Architecture Blog, "Exponential Backoff And
Jitter"); the budget is a token bucket like gRPC's retry throttling.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import httpx

__all__ = [
    "Clock",
    "OperationRateLimiter",
    "RateLimitGate",
    "RetryBudget",
    "RetryPolicy",
    "Sleep",
    "backoff_delay",
    "parse_retry_after",
]

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@attrs.frozen
class RetryPolicy:
    """Retry settings; every number is configurable.

    Attributes:
        max_retries: retries after the first attempt (default 2, so 3 attempts).
        backoff_base: seconds; full-jitter backoff before retry ``n`` (0-based) is
            ``uniform(0, min(backoff_cap, backoff_base * 2**n))``. Default 0.5.
        backoff_cap: seconds; upper bound of one backoff. Default 8.0.
        max_retry_after: seconds; a server-requested wait above this is not slept: the call
            raises at once with ``retry_after`` set. Default 60.0.
        budget_capacity: retry budget tokens (default 10.0); ``None`` disables the budget.
            The bucket starts full.
        budget_retry_cost: tokens one backoff retry costs (default 1.0).
        budget_server_directed_cost: tokens one retry that waits for the server's Retry-After
            costs (default 0.0: such retries follow the server's pacing and do not amplify).
        budget_success_refund: tokens each successful request returns (default 0.2, so at
            steady state at most about one retry per five successes, after a burst of 10).
        operation_rate_limits: pace operations that have their own documented limit (the
            migration writes, 10 per minute per token) on the client (default ``True``).
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    budget_capacity: float | None = 10.0
    budget_retry_cost: float = 1.0
    budget_server_directed_cost: float = 0.0
    budget_success_refund: float = 0.2
    operation_rate_limits: bool = True


def backoff_delay(
    attempt: int, policy: RetryPolicy, rng: Callable[[float, float], float] = random.uniform
) -> float:
    """Full-jitter backoff before retry ``attempt`` (0-based), in seconds.

    Returns:
        ``rng(0, min(policy.backoff_cap, policy.backoff_base * 2**attempt))``.
    """
    ceiling = min(policy.backoff_cap, policy.backoff_base * (2.0 ** min(attempt, 62)))
    return max(0.0, min(ceiling, rng(0.0, ceiling)))


def _seconds(value: Any, scale: float = 1.0) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float):
        return None
    number = float(value) / scale
    return number if math.isfinite(number) and number >= 0 else None


def parse_retry_after(
    headers: httpx.Headers | Mapping[str, str] | None,
    body: Any = None,
    *,
    now: Clock = time.time,
) -> float | None:
    """Return how long the server asked us to wait, in seconds, or ``None``.

    Sources, first usable wins: the ``retry-after-ms`` header (milliseconds); the
    ``Retry-After`` header as delay-seconds (integer, or decimal as some servers send) or an
    HTTP-date (RFC 9110 section 10.2.3; a date in the past gives 0.0); the parsed JSON body's
    ``error.retry_after`` or top-level ``retry_after`` (seconds).

    Args:
        headers: response headers.
        body: the parsed JSON body (any value), or ``None``.
        now: wall clock in Unix seconds, for HTTP-dates.

    Returns:
        Seconds (float >= 0) or ``None`` when absent or unusable (NaN, infinity, negative,
        garbage).
    """
    h = httpx.Headers(headers or {})
    wait = _seconds(h.get("retry-after-ms"), 1000.0) if "retry-after-ms" in h else None
    if wait is not None:
        return wait
    raw = h.get("retry-after")
    if raw is not None:
        wait = _seconds(raw)
        if wait is None and raw.strip() and raw.strip()[0] not in "+-0123456789.":
            try:
                when = email.utils.parsedate_to_datetime(raw.strip())
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None and when.tzinfo is not None:
                wait = max(0.0, when.timestamp() - now())
        if wait is not None:
            return wait
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping):
            wait = _seconds(error.get("retry_after"))
            if wait is not None:
                return wait
        return _seconds(body.get("retry_after"))
    return None


class RetryBudget:
    """A token bucket limiting retries per client (like gRPC retry throttling).

    Args:
        capacity: maximum (and initial) tokens; ``None`` means unlimited.
        success_refund: tokens returned by each successful request.

    Each retry calls :meth:`try_spend`; when the bucket lacks the cost the retry is skipped and
    the last error is raised. Not thread-safe; it lives in one event loop.
    """

    def __init__(self, capacity: float | None = 10.0, success_refund: float = 0.2) -> None:
        self.capacity = capacity
        self.success_refund = success_refund
        self.tokens = capacity if capacity is not None else math.inf

    def try_spend(self, cost: float) -> bool:
        """Take ``cost`` tokens if available; return whether the retry may go ahead."""
        if self.capacity is None or cost <= 0:
            return True
        if self.tokens + 1e-9 < cost:
            return False
        self.tokens -= cost
        return True

    def refund(self) -> None:
        """Credit one successful request."""
        if self.capacity is not None:
            self.tokens = min(self.capacity, self.tokens + self.success_refund)


class RateLimitGate:
    """A per-token gate: after a 429 with Retry-After, every coroutine sending with that token
    waits until the gate reopens before its next attempt.

    Keys are token fingerprints (``"tok_<sha256 prefix>"``), never tokens.

    Args:
        clock: monotonic clock in seconds.
        sleep: async sleep taking seconds.
    """

    def __init__(self, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._until: dict[str, float] = {}

    def close_for(self, key: str, seconds: float) -> None:
        """Keep the gate for ``key`` shut for ``seconds`` from now (never shortens it)."""
        until = self._clock() + max(0.0, seconds)
        if until > self._until.get(key, -math.inf):
            self._until[key] = until

    def remaining(self, key: str) -> float:
        """Seconds until the gate for ``key`` opens (0.0 when open)."""
        until = self._until.get(key)
        if until is None:
            return 0.0
        left = until - self._clock()
        if left <= 0:
            self._until.pop(key, None)
            return 0.0
        return left

    async def wait(self, key: str) -> float:
        """Sleep until the gate for ``key`` is open; return the seconds waited in total."""
        waited = 0.0
        while (left := self.remaining(key)) > 0:
            await self._sleep(left)
            waited += left
        return waited


class OperationRateLimiter:
    """Client-side pacing for operations with their own documented limit (``x-trekmail-rate-
    limit`` in openapi.json), so a job waits for a free slot instead of collecting 429s.

    The API overview: "Migration write operations (start, cancel, retry) have a dedicated rate
    limit of 10 requests per minute per token". Keys pair a token fingerprint with the limit's
    bucket; each holds the send times of the last 60 seconds (a sliding window).

    Args:
        clock: monotonic clock in seconds.
        sleep: async sleep taking seconds.
        window: the window length in seconds (default 60.0).
    """

    def __init__(
        self, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep, window: float = 60.0
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._window = window
        self._sent: dict[tuple[str, str], list[float]] = {}

    async def acquire(self, key: tuple[str, str], per_minute: int) -> float:
        """Wait until ``key`` has a free slot, then take it; return the seconds waited."""
        waited = 0.0
        while True:
            now = self._clock()
            sent = [t for t in self._sent.get(key, []) if t > now - self._window]
            if len(sent) < per_minute:
                sent.append(now)
                self._sent[key] = sent
                return waited
            pause = sent[0] + self._window - now
            self._sent[key] = sent
            await self._sleep(pause)
            waited += pause
