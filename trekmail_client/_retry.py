"""Retries: policy, backoff with full jitter, Retry-After, retry budget, rate-limit gate, and
the :class:`RetryTransport` that runs the one retry loop.

Rules (project design, section 5):

* always retried: failures before the request was sent (connect error, connect or pool
  timeout), 429, 503;
* retried only when safe to repeat (GET/HEAD/OPTIONS, or the request carries an
  Idempotency-Key): read/write timeouts, connection drops after sending, 500, 502, 504;
* never: other 4xx. The envelope's ``retryable: false`` vetoes a retry; ``retryable: true``
  allows one for any status but 402 (a payment challenge needs a new credential);
* waits: the server's Retry-After (RFC 9110 section 10.2.3: delay-seconds or HTTP-date; also
  ``retry-after-ms`` and the body's ``retry_after``) up to ``max_retry_after`` seconds, above
  which the call fails at once with the wait on the exception; otherwise full-jitter backoff
  ``uniform(0, min(cap, base * 2**attempt))`` (AWS Architecture Blog, "Exponential Backoff
  And Jitter").
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import httpx

from ._auth import EXTENSION_KEY, RequestContext
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseParseError,
    error_from_response,
    snippet,
)
from ._logging import logger, redact_headers

__all__ = [
    "RateLimitGate",
    "RetryBudget",
    "RetryPolicy",
    "RetryTransport",
    "backoff_delay",
    "parse_retry_after",
]

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ALWAYS_RETRY_STATUSES = frozenset({429, 503})
SAFE_RETRY_STATUSES = frozenset({500, 502, 504})
#: Transport errors raised before any byte of the request was sent.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
#: Transport errors after (part of) the request was sent that a safe request may retry.
SENT_RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


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
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    budget_capacity: float | None = 10.0
    budget_retry_cost: float = 1.0
    budget_server_directed_cost: float = 0.0
    budget_success_refund: float = 0.2


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


class RetryTransport(httpx.AsyncBaseTransport):
    """Wrap an inner transport with the SDK's retry loop and typed errors.

    Args:
        inner: the transport that does I/O (default: ``httpx.AsyncHTTPTransport()``).
        policy: the :class:`RetryPolicy`; a request's ``CallOptions.max_retries`` overrides
            ``policy.max_retries``.
        budget: shared :class:`RetryBudget` (default: built from ``policy``).
        gate: shared :class:`RateLimitGate`.
        sleep, clock, rng, wall_clock: injectable for tests (seconds; ``rng(a, b)`` returns a
            float in ``[a, b]``).

    ``handle_async_request`` returns responses with status < 400 untouched (streaming
    preserved) and raises :class:`~trekmail_client.APIError` subclasses for the final status
    >= 400, :class:`~trekmail_client.APITimeoutError` / :class:`APIConnectionError` for
    transport failures, and :class:`ResponseParseError` for a 2xx HTML page.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        budget: RetryBudget | None = None,
        gate: RateLimitGate | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Clock = time.monotonic,
        rng: Callable[[float, float], float] = random.uniform,
        wall_clock: Clock = time.time,
    ) -> None:
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()
        self.budget = budget or RetryBudget(
            self.policy.budget_capacity, self.policy.budget_success_refund
        )
        self.gate = gate or RateLimitGate(clock=clock, sleep=sleep)
        self._sleep = sleep
        self._rng = rng
        self._wall_clock = wall_clock

    async def __aenter__(self) -> RetryTransport:
        await self.inner.__aenter__()
        return self

    async def aclose(self) -> None:
        """Close the inner transport (its connection pool)."""
        await self.inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with retries; see the class docstring for results and errors."""
        ctx = request.extensions.get(EXTENSION_KEY)
        ctx = ctx if isinstance(ctx, RequestContext) else None
        max_retries = self.policy.max_retries
        if ctx is not None and ctx.options.max_retries is not None:
            max_retries = ctx.options.max_retries
        key = request.headers.get("idempotency-key")
        safe = request.method.upper() in SAFE_METHODS or key is not None
        replayable = isinstance(request.stream, httpx.ByteStream)
        gate_key = ctx.token_fingerprint if ctx is not None else None
        label = ctx.operation_id if ctx is not None and ctx.operation_id else request.url.path
        attempt = 0
        while True:
            if gate_key is not None:
                await self.gate.wait(gate_key)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "sending %s %s (attempt %d) headers=%s",
                    request.method,
                    request.url,
                    attempt + 1,
                    redact_headers(request.headers.items()),
                )
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                sent = not isinstance(exc, NOT_SENT_ERRORS)
                retry = (not sent) or (safe and isinstance(exc, SENT_RETRY_ERRORS))
                retry = retry and (replayable or not sent)
                if retry and attempt < max_retries:
                    delay = backoff_delay(attempt, self.policy, self._rng)
                    if self.budget.try_spend(self.policy.budget_retry_cost):
                        attempt += 1
                        self._log_retry(label, request, attempt, max_retries, repr(exc), delay)
                        await self._sleep(delay)
                        continue
                raise self._connection_error(exc, request, sent) from exc

            status = response.status_code
            if status < 400:
                self.budget.refund()
                await self._check_html(response)
                return response

            await response.aread()
            await response.aclose()
            body = _json_or_none(response.content)
            wait = parse_retry_after(response.headers, body, now=self._wall_clock)
            error = error_from_response(response, idempotency_key=key, retry_after=wait)
            gated = False
            if (
                status == 429
                and wait is not None
                and gate_key is not None
                and wait <= self.policy.max_retry_after
            ):
                # Every coroutine sending with this token now waits before its next attempt.
                self.gate.close_for(gate_key, wait)
                gated = True
            if not self._should_retry(status, error, safe, replayable):
                raise error
            if wait is not None and wait > self.policy.max_retry_after:
                logger.info(
                    "%s: server asked to wait %.1fs (> max_retry_after %.1fs); not retrying",
                    label,
                    wait,
                    self.policy.max_retry_after,
                )
                raise error
            if attempt >= max_retries:
                raise error
            directed = wait is not None
            delay = wait if wait is not None else backoff_delay(attempt, self.policy, self._rng)
            cost = (
                self.policy.budget_server_directed_cost
                if directed
                else self.policy.budget_retry_cost
            )
            if not self.budget.try_spend(cost):
                logger.info("%s: retry budget exhausted; not retrying %s", label, status)
                raise error
            attempt += 1
            self._log_retry(label, request, attempt, max_retries, f"HTTP {status}", delay)
            if not gated:
                await self._sleep(delay)

    @staticmethod
    def _should_retry(status: int, error: APIError, safe: bool, replayable: bool) -> bool:
        if not replayable or error.retryable is False:
            return False
        if status in ALWAYS_RETRY_STATUSES:
            return True
        if status in SAFE_RETRY_STATUSES:
            return safe
        return error.retryable is True and status != 402

    @staticmethod
    async def _check_html(response: httpx.Response) -> None:
        ctype = response.headers.get("content-type", "").lower()
        if response.status_code != 204 and ctype.startswith("text/html"):
            await response.aread()
            await response.aclose()
            raise ResponseParseError(
                f"API returned HTML with HTTP {response.status_code} "
                f"(code non_json_response): {snippet(response.content)}",
                status=response.status_code,
                body=response.content,
                headers=response.headers,
            )

    @staticmethod
    def _connection_error(
        exc: httpx.TransportError, request: httpx.Request, sent: bool
    ) -> APIConnectionError:
        where = f"{request.method} {request.url.copy_with(query=None)}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{type(exc).__name__} on {where}", request_sent=sent)
        return APIConnectionError(f"{type(exc).__name__} on {where}: {exc}", request_sent=sent)

    @staticmethod
    def _log_retry(
        label: str, request: httpx.Request, attempt: int, max_retries: int, why: str, wait: float
    ) -> None:
        logger.info(
            "retrying %s %s (%s) after %s: attempt %d of %d in %.3fs (request_id=%s)",
            request.method,
            request.url.path,
            label,
            why,
            attempt + 1,
            max_retries + 1,
            wait,
            request.headers.get("x-request-id"),
        )


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        return None
