"""The one retry loop: :class:`RetryTransport`, with the policy, backoff, Retry-After, budget
and rate-limit gate of :mod:`._backoff`.

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

import contextlib
import logging
import random
import time
from collections.abc import Callable

import httpx

from . import _headers
from ._auth import EXTENSION_KEY, RequestContext
from ._backoff import (
    AdaptivePacer,
    Clock,
    LocalRateLimit,
    OperationRateLimiter,
    RateLimitGate,
    RetryBudget,
    RetryPolicy,
    SharedRateLimit,
    Sleep,
    admitted,
    backoff_delay,
    default_sleep,
    pacing_requested,
    parse_retry_after,
)
from ._envelope import NOT_JSON, decode_json, error_from_response, snippet
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseParseError,
)
from ._logging import logger, redact_headers

__all__ = ["READ_BODY_EXTENSION", "RETRIES_TAKEN_EXTENSION", "RetryTransport"]

#: Where a successful answer records how many retries it took (``response.extensions``).
RETRIES_TAKEN_EXTENSION = "trekmail_retries_taken"
#: A request extension: when true, a 2xx body is read inside the retry loop, so a body cut
#: short counts as a failure after sending (retried when safe, else ``APIConnectionError``
#: with ``request_sent=True``). ``TrekMail``'s generated calls set it; streaming downloads
#: do not (their body is read as it is written out).
READ_BODY_EXTENSION = "trekmail_read_body"


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


class RetryTransport(httpx.AsyncBaseTransport):
    """Wrap an inner transport with the SDK's retry loop and typed errors.

    Args:
        inner: the transport that does I/O (default: ``httpx.AsyncHTTPTransport()``).
        policy: the :class:`RetryPolicy`; a request's ``CallOptions.max_retries`` overrides
            ``policy.max_retries``.
        budget: shared :class:`RetryBudget` (default: built from ``policy``).
        gate: shared :class:`RateLimitGate`.
        limiter: shared :class:`OperationRateLimiter` (operations with their own limit).
        shared: where the per-token gate and adaptive pace live (default: in this process,
            around ``gate``; with ``policy.redis_url``: Redis, see :mod:`._redis`).
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
        limiter: OperationRateLimiter | None = None,
        shared: SharedRateLimit | None = None,
        sleep: Sleep = default_sleep,
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
        self.limiter = limiter or OperationRateLimiter(clock=clock, sleep=sleep)
        if shared is None:
            local = LocalRateLimit(self.gate, AdaptivePacer(self.policy, clock=clock), clock, sleep)
            shared = local
            if self.policy.redis_url is not None:
                from ._redis import RedisRateLimit

                shared = RedisRateLimit(self.policy, local, sleep=sleep)
        self.shared: SharedRateLimit = shared
        self._sleep = sleep
        self._rng = rng
        self._wall_clock = wall_clock

    async def __aenter__(self) -> RetryTransport:
        await self.inner.__aenter__()
        return self

    async def aclose(self) -> None:
        """Close the inner transport (its connection pool) and the shared rate-limit store."""
        try:
            await self.inner.aclose()
        finally:
            await self.shared.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` with retries; see the class docstring for results and errors."""
        ctx = request.extensions.get(EXTENSION_KEY)
        ctx = ctx if isinstance(ctx, RequestContext) else None
        max_retries = self.policy.max_retries
        if ctx is not None and ctx.options.max_retries is not None:
            max_retries = ctx.options.max_retries
        # The auth flow read (or set) the key already; a request made without it (a bare
        # RetryTransport) is read here.
        key = ctx.idempotency_key if ctx is not None else request.headers.get("idempotency-key")
        safe = request.method in SAFE_METHODS or key is not None
        replayable = isinstance(request.stream, httpx.ByteStream)
        gate_key = ctx.token_fingerprint if ctx is not None else None
        label = ctx.operation_id if ctx is not None and ctx.operation_id else request.url.path
        op = ctx.operation if ctx is not None else None
        pace: tuple[tuple[str, str], int] | None = None
        if op and op.rate_limit_bucket and op.rate_limit_per_minute and gate_key:
            if self.policy.operation_rate_limits:
                pace = (gate_key, op.rate_limit_bucket), op.rate_limit_per_minute
        paced = self.policy.adaptive_pacing or pacing_requested()
        read_body = request.extensions.get(READ_BODY_EXTENSION, False)
        attempt = 0
        while True:
            ticket: object = None
            if gate_key is not None:
                ticket = await self.shared.before_send(gate_key, paced)
            if pace is not None:
                await self.limiter.acquire(*pace)
            try:
                admitted()  # past the gate and the pace: the caller may record the send now
            except BaseException:
                if gate_key is not None:
                    self.shared.abandon(gate_key, ticket)
                raise
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
                if read_body and response.status_code < 300:
                    response.request = request  # a decoding error names its request
                    try:
                        await response.aread()
                    except BaseException:
                        await response.aclose()
                        raise
            except httpx.TransportError as exc:
                if gate_key is not None:
                    await self.shared.after_error(gate_key, ticket)
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
            except httpx.DecodingError:
                # A 2xx body in a broken Content-Encoding: answered (the caller says so).
                if gate_key is not None:
                    await self.shared.after_response(gate_key, ticket)
                raise
            except BaseException:  # cancelled (a stopped run) or a bug below: not in flight
                if gate_key is not None:
                    self.shared.abandon(gate_key, ticket)
                raise

            status = response.status_code
            if gate_key is not None and status != 429:
                await self.shared.after_response(gate_key, ticket)
            if status < 300:
                self.budget.refund()
                if _is_html(response):
                    await self._raise_html(response, request)
                response.extensions[RETRIES_TAKEN_EXTENSION] = attempt
                return response
            if status < 400:
                await response.aclose()
                raise _redirect_error(request, response, key)

            try:
                await response.aread()
            except (httpx.DecodingError, httpx.TransportError):
                # A body that cannot be decoded (a broken gzip stream) or that broke off: the
                # status still says what happened (and whether to retry); the error is built
                # from it with an empty body.
                with contextlib.suppress(httpx.HTTPError):
                    await response.aclose()
                kept = [(k, v) for k, v in response.headers.raw if k.lower() != b"content-encoding"]
                response = httpx.Response(response.status_code, headers=kept, request=request)
            await response.aclose()
            body = decode_json(response.content)  # decoded once, for the wait and the error
            wait = parse_retry_after(
                response.headers, None if body is NOT_JSON else body, now=self._wall_clock
            )
            error = error_from_response(
                response, idempotency_key=key, retry_after=wait, request=request, decoded=body
            )
            gated = False
            if status == 429 and gate_key is not None:
                # Every coroutine sending with this token now waits before its next attempt,
                # and the pace learns from the refusal.
                gated = wait is not None and wait <= self.policy.max_retry_after
                await self.shared.after_throttle(gate_key, ticket, wait if gated else None)
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
    def _should_retry(status: int, error: APIStatusError, safe: bool, replayable: bool) -> bool:
        if not replayable or error.retryable is False:
            return False
        if status in ALWAYS_RETRY_STATUSES:
            return True
        if status in SAFE_RETRY_STATUSES:
            return safe
        return error.retryable is True and status != 402

    @staticmethod
    async def _raise_html(response: httpx.Response, request: httpx.Request) -> None:
        await response.aread()
        await response.aclose()
        raise ResponseParseError(
            f"API returned HTML with HTTP {response.status_code} "
            f"(code non_json_response): {snippet(response.content)}",
            status=response.status_code,
            body=response.content,
            headers=response.headers,
            response=response,
            request=request,
        )

    @staticmethod
    def _connection_error(
        exc: httpx.TransportError, request: httpx.Request, sent: bool
    ) -> APIConnectionError:
        where = f"{request.method} {request.url.copy_with(query=None)}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"{type(exc).__name__} on {where}", request_sent=sent, request=request
            )
        detail = str(exc) or ("the connection was closed or reset" if sent else "could not connect")
        return APIConnectionError(
            f"{type(exc).__name__} on {where}: {detail}", request_sent=sent, request=request
        )

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


def _is_html(response: httpx.Response) -> bool:
    """A 2xx HTML page (a proxy's or a login page), not an answer of the API."""
    if response.status_code == 204:
        return False
    ctype = _headers.get(response.headers, b"content-type") or ""
    return ctype.lower().startswith("text/html")


def _redirect_error(
    request: httpx.Request, response: httpx.Response, key: str | None
) -> APIStatusError:
    """A 3xx is never followed (a redirect could carry the bearer token to another host), so
    it is an error that says where the server pointed and what to change."""
    location = response.headers.get("location", "(no Location header)")
    return APIStatusError(
        f"the server redirected {request.method} {request.url.path} to {location}",
        status=response.status_code,
        code="redirect_not_followed",
        request_id=response.headers.get("x-request-id"),
        hint="Set base_url to the API's final address (for example https:// instead of "
        "http://); redirects are not followed so the token never leaves the configured host.",
        headers=response.headers,
        idempotency_key=key,
        request=request,
        response=response,
    )
