"""Retry building blocks: policy, full-jitter backoff, Retry-After parsing, the retry budget,
the per-token rate-limit gate and the adaptive pace. :mod:`._retry` runs the retry loop with
them; :mod:`._redis` shares the gate and the pace between processes.

Retry-After follows RFC 9110 section 10.2.3 (delay-seconds or HTTP-date), plus
``retry-after-ms`` and the body's ``retry_after``; backoff is "full jitter"
``uniform(0, min(cap, base * 2**attempt))`` (AWS Architecture Blog, "Exponential Backoff And
Jitter"); the budget is a token bucket like gRPC's retry throttling. The adaptive pace follows
the idea of botocore's "adaptive" retry mode (cut the send rate on a throttle, then probe up
along a cubic curve, as TCP CUBIC does), measured against TrekMail's per-minute window. Until
the first 429 a slow start (TCP's idea, RFC 5681, with a gentler growth) keeps the requests in
flight to ``1 + slow_start_growth * granted``, so the first overshoot of a limit that no header
announces is at most about ``slow_start_growth`` of the requests sent.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Protocol

import attrs
import httpx

__all__ = [
    "AdaptivePacer",
    "Clock",
    "LocalRateLimit",
    "OperationRateLimiter",
    "PaceMemory",
    "RateLimitGate",
    "RetryBudget",
    "RetryPolicy",
    "RoundTrip",
    "SharedRateLimit",
    "Sleep",
    "adaptive_pacing",
    "admitted",
    "backoff_delay",
    "on_admission",
    "on_wait",
    "pace_rate",
    "pacing_requested",
    "parse_retry_after",
    "report_wait",
    "slow_start_window",
]

Sleep = Callable[[float], Awaitable[None]]


async def default_sleep(seconds: float) -> None:
    """``asyncio.sleep``, with ``asyncio`` imported on first use: it is a fifth of the SDK's
    import time, and an application that calls the SDK has loaded it by then anyway."""
    import asyncio

    await asyncio.sleep(seconds)


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
        adaptive_pacing: pace every request of a token with a send rate learned from its 429s
            (:class:`AdaptivePacer`). Default ``False``; bulk provisioning turns it on for its
            own requests (:func:`adaptive_pacing`).
        rate_limit_window: seconds; the length of the API's per-token window (default 60.0:
            "Each token is rate-limited per minute", API overview, "Rate limits"). The pace
            measures what the server granted over this window.
        pace_decrease: on a 429 the pace drops to this fraction of the rate the server granted
            over the last window (default 0.9).
        pace_recovery: how long the pace takes to climb back to the granted rate after a cut,
            as a fraction of ``rate_limit_window`` (default 0.5); past it the pace probes
            above, slowly at first (a cubic curve).
        pace_min_sample: sends (int, >= 1) the current judging sample must hold before a 429
            may cut the pace (default 20). The sample is the sends of the last
            ``rate_limit_window`` sent after the last cut took effect; fewer are no evidence.
        pace_loss_tolerance: a 429 share of the sample at or under this fraction (default
            0.005) is not a reason to cut: a few 429s that are not the rate's (a proxy's, a
            fault) must not slow the run down.
        pace_floor: the pace never goes below this fraction (default 0.9) of the best rate the
            server granted over a whole ``rate_limit_window`` (the most granted sends any
            window held, divided by the window: what the server proved it sustains), so 429s
            that are not a limit cannot drive the pace down cut after cut (the "death spiral").
            ``0`` turns the floor off.
        slow_start: while a token's limit is unknown (no 429 seen yet), paced requests keep at
            most :func:`slow_start_window` requests of that token in flight: one at first,
            one more per ``1 / slow_start_growth`` granted requests (default ``True``; it only
            applies where the pace does, so provisioning by default). TrekMail announces no
            limit in headers (API overview, "Rate limits": 429 and ``Retry-After`` only), so
            the requests in flight when the limit is first reached are the 429s of that
            first episode; this bounds them to about ``slow_start_growth`` of the requests
            sent. Once a 429 taught the limit, the pace governs and the window no longer
            applies.
        slow_start_growth: requests in flight added per granted request during the slow start
            (default 0.01: one more per 100 granted, so at most about 1% of the requests so
            far are in flight when an unknown limit is reached). Larger values open up
            faster and risk more 429s on the first overshoot.
        redis_url: share the rate-limit gate and the pace of each token with every process
            using the same Redis (``redis://[:password@]host:port/db``; extra ``redis``).
            Default ``None``: per process. Keys hold the token fingerprint, never the token;
            the URL's password never appears in a repr or a message.
        redis_key_prefix: prefix of the Redis keys (default ``"trekmail"``).
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
    adaptive_pacing: bool = False
    rate_limit_window: float = attrs.field(default=60.0, validator=attrs.validators.gt(0))
    pace_decrease: float = attrs.field(
        default=0.9, validator=[attrs.validators.gt(0), attrs.validators.lt(1)]
    )
    pace_recovery: float = attrs.field(default=0.5, validator=attrs.validators.gt(0))
    pace_min_sample: int = attrs.field(default=20, validator=attrs.validators.ge(1))
    pace_loss_tolerance: float = attrs.field(
        default=0.005, validator=[attrs.validators.ge(0), attrs.validators.lt(1)]
    )
    pace_floor: float = attrs.field(
        default=0.9, validator=[attrs.validators.ge(0), attrs.validators.le(1)]
    )
    slow_start: bool = True
    slow_start_growth: float = attrs.field(default=0.01, validator=attrs.validators.gt(0))
    redis_url: str | None = attrs.field(default=None, repr=lambda url: _masked_url(url))
    redis_key_prefix: str = "trekmail"


def _masked_url(url: str | None) -> str:
    """``repr`` of a Redis URL with any password replaced by ``***``."""
    if url is None:
        return "None"
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is not None and parsed.password:
        return repr(str(parsed.copy_with(password="***")))
    return repr(url)


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

    def __init__(self, clock: Clock = time.monotonic, sleep: Sleep = default_sleep) -> None:
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
        """Sleep until the gate for ``key`` is open (reported to :func:`on_wait`); return the
        seconds waited in total."""
        waited = 0.0
        while (left := self.remaining(key)) > 0:
            report_wait(left)
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
        self, clock: Clock = time.monotonic, sleep: Sleep = default_sleep, window: float = 60.0
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


_PACING: contextvars.ContextVar[bool] = contextvars.ContextVar("trekmail_pacing", default=False)


@contextlib.contextmanager
def adaptive_pacing(enabled: bool = True) -> Iterator[None]:
    """Pace the requests sent inside this block, and in tasks started from it, as if
    ``RetryPolicy.adaptive_pacing`` were on (a context variable; bulk provisioning uses it).

    Args:
        enabled: ``False`` leaves the client's own setting alone.
    """
    token = _PACING.set(enabled or _PACING.get())
    try:
        yield
    finally:
        _PACING.reset(token)


def pacing_requested() -> bool:
    """Whether the current context asked for the adaptive pace (see :func:`adaptive_pacing`)."""
    return _PACING.get()


_ADMISSION: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "trekmail_admission", default=None
)


@contextlib.contextmanager
def on_admission(callback: Callable[[], None]) -> Iterator[None]:
    """Call ``callback()`` each time a request sent inside this block is admitted: past the
    rate-limit gate, the slow start and the pace, right before its bytes go out (a context
    variable, read by :class:`~trekmail_client.RetryTransport`). Bulk provisioning marks a
    row in flight in its journal from it, so rows still waiting for the pace are not in
    flight when the run is killed.

    Args:
        callback: called with no arguments, synchronously, in the sending task; an exception
            it raises fails that send (nothing is sent).
    """
    token = _ADMISSION.set(callback)
    try:
        yield
    finally:
        _ADMISSION.reset(token)


_WAIT: contextvars.ContextVar[Callable[[float], None] | None] = contextvars.ContextVar(
    "trekmail_wait", default=None
)


@contextlib.contextmanager
def on_wait(callback: Callable[[float], None]) -> Iterator[None]:
    """Call ``callback(seconds)`` each time a request sent inside this block (or in a task
    started from it) is about to wait for the rate limit: the per-token gate after a 429, or
    its slot in the adaptive pace, in this process or shared through Redis (a context
    variable). Bulk provisioning shows it as "waiting N s for the rate limit".

    Args:
        callback: called with the wait in seconds (float > 0), synchronously, before it.
    """
    token = _WAIT.set(callback)
    try:
        yield
    finally:
        _WAIT.reset(token)


def report_wait(seconds: float) -> None:
    """Tell the current :func:`on_wait` callback (if any) that a wait of ``seconds`` for the
    rate limit starts (the gate and the pace call it; a wait of 0 or less is not reported)."""
    callback = _WAIT.get()
    if callback is not None and seconds > 0:
        callback(seconds)


def admitted() -> None:
    """Tell the current :func:`on_admission` callback (if any) that a request is about to be
    sent (the retry transport calls it after the gate and the pace)."""
    callback = _ADMISSION.get()
    if callback is not None:
        callback()


def pace_rate(ceiling: float, elapsed: float, policy: RetryPolicy) -> float:
    """The adaptive pace, in requests per second, ``elapsed`` seconds after the last cut.

    A cubic through ``pace_decrease * ceiling`` at the cut, flat at ``ceiling`` (the rate the
    server granted over the last window) after ``pace_recovery`` windows, rising past it after
    that (TCP CUBIC's shape, RFC 9438; botocore's adaptive mode uses the same curve). Never
    below one request per window.

    Args:
        ceiling: requests per second granted when the pace was cut.
        elapsed: seconds since sending resumed after the cut (negative counts as 0).
        policy: ``pace_decrease``, ``pace_recovery``, ``rate_limit_window``.

    Returns:
        requests per second (float > 0).
    """
    recovery = policy.pace_recovery * policy.rate_limit_window
    elapsed = min(max(elapsed, 0.0), 50.0 * recovery)
    x = (recovery - elapsed) / recovery
    rate = ceiling * (1.0 - (1.0 - policy.pace_decrease) * x**3)
    return max(1.0 / policy.rate_limit_window, rate)


def pace_span(window: float, since_first: float, retry_after: float | None) -> float:
    """The seconds over which the sends granted before a 429 count against the limit.

    The server granted them from the oldest logged send up to now, and frees the limit again
    after ``Retry-After``: its window is about ``since_first + retry_after`` (a 429 one tenth
    of a second into a run, with ``Retry-After: 0.1``, means a limit of about one request per
    0.2 s, not one per minute). Without ``Retry-After`` the configured window. Never more than
    ``window`` and never less than a millisecond.

    Args:
        window: ``RetryPolicy.rate_limit_window``, seconds.
        since_first: seconds since the oldest send still in the window.
        retry_after: seconds the server asked to wait, or ``None``/negative when it did not say.
    """
    if retry_after is None or retry_after < 0:
        return window
    return min(window, max(0.001, since_first + retry_after))


def slow_start_window(granted: int, policy: RetryPolicy) -> int:
    """Requests of one token allowed in flight during the slow start (before its first 429).

    ``1 + floor(slow_start_growth * granted)``: one request at first, one more for every
    ``1 / slow_start_growth`` requests the server granted (RFC 5681's slow start grows the
    window by one per acknowledgement; this grows it by ``slow_start_growth`` per granted
    request, so the window is never more than that fraction of what was sent plus one).

    Args:
        granted: requests of the token the server answered with anything but 429 (int).
        policy: supplies ``slow_start_growth``.

    Returns:
        the window (int >= 1).
    """
    return 1 + int(policy.slow_start_growth * max(granted, 0))


class RoundTrip:
    """The smoothed answer time of one token's requests (RFC 6298's SRTT and RTTVAR, gains
    1/8 and 1/4), and from it how long a request still counts in the slow start's window.

    A request in flight longer than :meth:`hold` has reached the server and been counted (the
    answer is just slow, or a fault holds it): it can no longer add to an overshoot, so it
    stops holding the window. Until the first answer every request in flight counts.
    """

    __slots__ = ("rttvar", "srtt")

    def __init__(self) -> None:
        self.srtt: float | None = None
        self.rttvar = 0.0

    def sample(self, seconds: float) -> None:
        """Add one answer time (seconds, from the send to the answer)."""
        seconds = max(seconds, 0.0)
        if self.srtt is None:
            self.srtt, self.rttvar = seconds, seconds / 2
            return
        self.rttvar = 0.75 * self.rttvar + 0.25 * abs(self.srtt - seconds)
        self.srtt = 0.875 * self.srtt + 0.125 * seconds

    def hold(self) -> float:
        """Seconds a request counts as in flight: ``max(2 * srtt, srtt + 4 * rttvar)``
        (RFC 6298's retransmission timeout without its one-second floor), or infinity
        before the first answer."""
        if self.srtt is None:
            return math.inf
        return max(2.0 * self.srtt, self.srtt + 4.0 * self.rttvar)


@attrs.frozen
class PaceMemory:
    """What a token's pace has learned, to carry over to a later run (the provisioning journal
    keeps it, so a resumed run neither starts slow again nor re-learns the limit with a burst).

    Attributes:
        ceiling: requests per second the server granted when the pace was last cut, or ``None``
            while no 429 has been seen.
        granted: requests of the token answered with anything but 429 (int), which sizes the
            slow start's window.
        sustained: the best rate (requests per second) the server granted over a whole
            ``rate_limit_window``, known once the token has sent for a full window; ``None``
            before. The pace's floor is ``pace_floor`` of it (:class:`RetryPolicy`).
    """

    ceiling: float | None
    granted: int
    sustained: float | None = None


class _PaceState:
    """One token's pace. ``log[start:]`` holds the send times of the last window (and the
    reserved ones), sorted; ``log[:start]`` are expired sends not yet dropped. Dropping them
    in one piece once they are half the list keeps each send's cost independent of the send
    rate (dropping the few expired ones on every send moved the whole window's list each
    time: 27 us per send at 1,000 sends a second)."""

    __slots__ = (
        "best",
        "ceiling",
        "cut_at",
        "first_at",
        "granted",
        "in_flight",
        "log",
        "next_slot",
        "noise",
        "refused",
        "round_trip",
        "sample_since",
        "start",
        "trial",
    )

    def __init__(self) -> None:
        self.ceiling: float | None = None
        self.cut_at = -math.inf
        self.next_slot = -math.inf
        self.log: list[float] = []
        self.start = 0
        self.in_flight: list[float] = []  # send times of the sends not ended yet, sorted
        self.granted = 0
        self.round_trip = RoundTrip()
        self.best = 0.0  # requests per second: most granted sends any window held / window
        self.first_at = math.inf  # when the first send was logged
        self.sample_since = -math.inf  # the judging sample holds sends from here (last cut)
        self.refused: list[float] = []  # send times of the window's refused sends, sorted
        self.noise = 0.0  # a 429 share shown not to follow the rate (added to the tolerance)
        # the last cut, until the window after it shows whether it lowered the 429 share:
        # (ceiling, cut_at, next_slot before it, the share that made it)
        self.trial: tuple[float | None, float, float, float] | None = None

    def live(self) -> int:
        """How many sends the window holds."""
        return len(self.log) - self.start

    def insert(self, when: float) -> None:
        """Log a send at ``when``."""
        bisect.insort(self.log, when, self.start)

    def count_until(self, when: float) -> int:
        """Logged sends of the window at or before ``when``."""
        return bisect.bisect_right(self.log, when, self.start) - self.start

    def sample(self, since: float, now: float) -> tuple[int, int]:
        """The judging sample: (sends logged or refused from ``since`` to ``now``, refused
        ones among them)."""
        logged = bisect.bisect_right(self.log, now, self.start)
        logged -= bisect.bisect_left(self.log, since, self.start)
        refused = len(self.refused) - bisect.bisect_left(self.refused, since)
        return max(0, logged) + refused, refused


class AdaptivePacer:
    """A per-token send rate learned from 429s, in one process.

    Every send is logged. Until the first 429 the pace is a slow start: at most
    :func:`slow_start_window` paced requests in flight (when ``policy.slow_start``). A 429
    sets the ceiling to what the server granted over the last ``rate_limit_window`` (the
    logged sends of that window, less the refused ones), and the pace allows
    :func:`pace_rate` times the window in any window, sends spaced ``1 / rate`` apart (a
    reserved slot per send, GCRA style): ``pace_decrease`` of the ceiling at first, climbing
    back from the moment the rate-limit gate reopens and probing past it later. A 429 to a
    request sent before the last cut took effect is the same episode and does not cut again
    (one cut per episode, as TCP reacts once per round trip).

    A 429 cuts only on evidence (issue 7's review: 10% of 429s injected at random, not a
    limit, cut the pace again and again down to 0.12 rows per second): the judging sample
    (the sends of the last window sent after the last cut took effect) must hold at least
    ``pace_min_sample`` sends, more than ``pace_loss_tolerance`` of them refused. And the pace
    never goes below ``pace_floor`` of the best rate the server granted over a whole window
    (the most granted sends any window held, over the window's length): a sliding or fixed
    per-window limit never grants more than it allows, so the floor is below any real limit,
    while 429s that are no limit cannot drag the rate under what the server already granted.

    Each send is :meth:`reserve` d and ends in exactly one of :meth:`answered`,
    :meth:`throttled` or :meth:`release` (which keep the sends in flight). A send in flight
    longer than :meth:`RoundTrip.hold` (twice the usual answer time) no longer holds the
    window: it has reached the server, so it cannot add to an overshoot.

    Args:
        policy: the :class:`RetryPolicy` (window, decrease, recovery, slow start).
        clock: monotonic clock in seconds.
    """

    def __init__(self, policy: RetryPolicy, clock: Clock = time.monotonic) -> None:
        self.policy = policy
        self._clock = clock
        self._states: dict[str, _PaceState] = {}

    def _state(self, key: str, now: float) -> _PaceState:
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = _PaceState()
        horizon = bisect.bisect_right(state.log, now - self.policy.rate_limit_window, state.start)
        if horizon > state.start:
            state.start = horizon
            if horizon * 2 > len(state.log):
                del state.log[:horizon]
                state.start = 0
        return state

    def _rate(self, state: _PaceState, now: float) -> float:
        assert state.ceiling is not None
        rate = pace_rate(state.ceiling, now - state.cut_at, self.policy)
        return max(rate, self.policy.pace_floor * state.best)

    def rate(self, key: str) -> float | None:
        """The current pace for ``key`` in requests per second (never below :meth:`floor`),
        or ``None`` while it is open."""
        state = self._states.get(key)
        if state is None or state.ceiling is None:
            return None
        return self._rate(state, self._clock())

    def floor(self, key: str) -> float:
        """The rate the pace of ``key`` never goes below, in requests per second:
        ``pace_floor`` times the best rate granted over a whole window (0.0 before any)."""
        state = self._states.get(key)
        return 0.0 if state is None else self.policy.pace_floor * state.best

    def observe_sends(self, key: str, count: int = 1) -> None:
        """Log ``count`` granted sends of ``key`` made now without :meth:`reserve` (another
        client on the same token, a request this pacer did not see): they count in the window
        the server granted, in the judging sample and in the best window.

        Raises:
            ValueError: ``count`` is negative.
        """
        if count < 0:
            raise ValueError(f"count must be >= 0, got {count}")
        now = self._clock()
        state = self._state(key, now)
        state.first_at = min(state.first_at, now)
        for _ in range(count):
            state.insert(now)
        state.granted += count
        self._sustained(state, now)

    def _sustained(self, state: _PaceState, now: float) -> None:
        """Raise the best window (the floor's base) to what the last window granted."""
        granted = state.count_until(now) / self.policy.rate_limit_window
        if granted > state.best:
            state.best = granted

    def window(self, key: str) -> int | None:
        """The slow start's limit on paced requests of ``key`` in flight, or ``None`` when it
        does not apply (the limit was learned, or ``policy.slow_start`` is off)."""
        state = self._states.get(key)
        if not self.policy.slow_start or (state is not None and state.ceiling is not None):
            return None
        return slow_start_window(state.granted if state is not None else 0, self.policy)

    def in_flight(self, key: str) -> int:
        """Requests of ``key`` reserved, not yet answered and sent less than
        :meth:`RoundTrip.hold` ago (int): those that could still reach the server."""
        state = self._states.get(key)
        if state is None:
            return 0
        since = self._clock() - state.round_trip.hold()
        return len(state.in_flight) - bisect.bisect_left(state.in_flight, since)

    def stale_in(self, key: str) -> float:
        """Seconds until the oldest send of ``key`` that holds the window stops holding it
        (:meth:`RoundTrip.hold`), or infinity (none, or no answer time known yet)."""
        state = self._states.get(key)
        if state is None:
            return math.inf
        hold = state.round_trip.hold()
        now = self._clock()
        index = bisect.bisect_left(state.in_flight, now - hold)
        if index >= len(state.in_flight) or math.isinf(hold):
            return math.inf
        return max(0.0, state.in_flight[index] + hold - now)

    def may_send(self, key: str) -> bool:
        """Whether a paced request of ``key`` may be reserved now (the slow start's window
        has room, or does not apply)."""
        window = self.window(key)
        return window is None or self.in_flight(key) < window

    def reserve(self, key: str, paced: bool = True) -> float:
        """Log one send of ``key`` (in flight from now); when ``paced`` (and the pace is
        learned) take the next slot within the pace. Returns the send time (this clock; wait
        until then). The slow start's window is checked by :meth:`may_send`, not here."""
        now = self._clock()
        state = self._state(key, now)
        state.first_at = min(state.first_at, now)
        if not paced or state.ceiling is None:
            state.insert(now)
            bisect.insort(state.in_flight, now)
            return now
        rate = self._rate(state, now)
        budget = max(1, int(rate * self.policy.rate_limit_window))
        slot = max(state.next_slot, now)
        if state.live() >= budget:  # at most `budget` sends in any window
            slot = max(slot, state.log[-budget] + self.policy.rate_limit_window)
        state.next_slot = slot + 1.0 / rate
        state.insert(slot)
        bisect.insort(state.in_flight, slot)
        return slot

    def _unlog(self, state: _PaceState, sent_at: float) -> None:
        index = bisect.bisect_left(state.log, sent_at, state.start)
        if index < len(state.log) and state.log[index] == sent_at:
            del state.log[index]

    def _landed(self, state: _PaceState, sent_at: float) -> None:
        index = bisect.bisect_left(state.in_flight, sent_at)
        if index < len(state.in_flight) and state.in_flight[index] == sent_at:
            del state.in_flight[index]

    def release(self, key: str, sent_at: float) -> None:
        """Forget a reserved send that did not happen (its slot was given up)."""
        state = self._states.get(key)
        if state is not None:
            self._unlog(state, sent_at)
            self._landed(state, sent_at)

    def answered(self, key: str, sent_at: float, granted: bool = True) -> None:
        """Record the end of a send: its log entry moves to now (the server counted it at
        some moment in between, so its slot frees one window after now at the latest).

        Args:
            granted: ``True`` for an answer other than 429 (it grows the slow start's
                window); ``False`` when no answer came (a failed connection: it may have
                counted, but proves nothing).
        """
        now = self._clock()
        state = self._state(key, now)
        self._unlog(state, sent_at)
        state.insert(max(now, sent_at))
        self._landed(state, sent_at)
        if granted:
            state.granted += 1
            state.round_trip.sample(now - sent_at)
            self._sustained(state, now)

    def granted_in_window(self, key: str) -> int:
        """Logged sends of ``key`` over the last window, refused ones excluded (int)."""
        now = self._clock()
        return self._state(key, now).count_until(now)

    def throttled(
        self, key: str, sent_at: float, resume_at: float, retry_after: float | None = None
    ) -> bool:
        """Learn from a 429 to a request of ``key`` sent at ``sent_at`` (this clock).

        Args:
            resume_at: when sending may resume (the gate's reopening), this clock.
            retry_after: the 429's ``Retry-After`` in seconds, or ``None`` (see
                :func:`pace_span`).

        Returns:
            whether the pace was cut. ``False``: the same episode as the last cut (the request
            was sent before it took effect, or while the pace was still recovering from it),
            no evidence yet (the judging sample holds fewer than ``pace_min_sample`` sends, or
            ``pace_loss_tolerance`` plus twice the known noise or less of it was refused), or
            the last cut was undone: the sample after it, still recovering, lost at least a
            third of the share that made it, so these 429s do not follow the rate (that share
            becomes the noise).
        """
        self.release(key, sent_at)  # the server did not count it
        now = self._clock()
        state = self._state(key, now)
        if sent_at < state.cut_at:
            return False  # sent before the last cut took effect: that cut's episode
        horizon = now - self.policy.rate_limit_window
        del state.refused[: bisect.bisect_left(state.refused, horizon)]
        bisect.insort(state.refused, sent_at)
        sample, refused = state.sample(max(horizon, state.sample_since), now)
        share = refused / sample if sample else 0.0
        judged = sample >= self.policy.pace_min_sample
        lossy = judged and share > self.policy.pace_loss_tolerance + 2.0 * state.noise
        recovering = (
            sent_at < state.cut_at + self.policy.pace_recovery * self.policy.rate_limit_window
        )
        if lossy and recovering and state.trial is not None and share >= state.trial[3] / 3:
            # After the last cut, while the pace is still below what the server had granted
            # (no limit refuses that), the 429 share is about what it was: sending slower did
            # not lower it, so these 429s are not a limit's (a fault, a proxy). Undo the cut and
            # from now on cut only on more than twice that share (a sample of 20 holds twice
            # the average share by chance about 4% of the time).
            state.ceiling, state.cut_at, state.next_slot, _ = state.trial
            state.trial = None
            state.noise = max(state.noise, share)
            state.sample_since = now
            return False
        if recovering:
            # One cut per episode: until the pace is back at the rate the server granted, a
            # 429 belongs to the last cut (a burst of 429s from one window counts once).
            return False
        if not lossy:
            if judged:
                state.trial = None  # the last cut (if any) brought the loss down: a limit
            return False
        state.trial = (state.ceiling, state.cut_at, state.next_slot, share)
        granted = state.count_until(now)
        first = state.log[state.start] if state.live() else now
        span = pace_span(self.policy.rate_limit_window, now - first, retry_after)
        state.ceiling = max(granted, 1) / span
        state.cut_at = max(now, resume_at)
        state.sample_since = state.cut_at  # the next cut needs a sample of its own
        state.next_slot = max(state.next_slot, state.cut_at)
        return True

    def memory(self, key: str) -> PaceMemory:
        """What the pace of ``key`` has learned (:class:`PaceMemory`), to seed a later run."""
        state = self._states.get(key)
        if state is None:
            return PaceMemory(None, 0)
        full = self._clock() - state.first_at >= self.policy.rate_limit_window
        return PaceMemory(state.ceiling, state.granted, state.best if full else None)

    def seed(self, key: str, memory: PaceMemory) -> None:
        """Start ``key`` from what an earlier run learned: its granted count and its best
        window (when larger), and its ceiling as if the pace had just been cut (the pace starts
        at ``pace_decrease`` of it and probes up; a limit raised since is found again)."""
        now = self._clock()
        state = self._state(key, now)
        state.granted = max(state.granted, memory.granted)
        if memory.sustained is not None and memory.sustained > state.best:
            state.best = memory.sustained  # proved over a full window by an earlier run
            state.first_at = min(state.first_at, now - self.policy.rate_limit_window)
        if memory.ceiling is not None and memory.ceiling > 0 and state.ceiling is None:
            state.ceiling = memory.ceiling
            state.cut_at = now
            state.next_slot = max(state.next_slot, now)


class SharedRateLimit(Protocol):
    """Where the per-token gate and pace live: this process (:class:`LocalRateLimit`) or
    Redis (:class:`trekmail_client._redis.RedisRateLimit`). Keys are token fingerprints.

    Every ticket :meth:`before_send` returns ends in exactly one of :meth:`after_response`,
    :meth:`after_throttle`, :meth:`after_error` or :meth:`abandon`."""

    async def before_send(self, key: str, paced: bool) -> Any:
        """Wait for the gate (and the pace and the slow start's window when ``paced``); log
        the send and return a ticket for the ``after_*`` methods."""
        ...

    async def after_response(self, key: str, ticket: Any) -> None:
        """Record that the send of ``ticket`` was answered with anything but 429."""
        ...

    async def after_throttle(self, key: str, ticket: Any, retry_after: float | None) -> None:
        """Record a 429 to the send of ``ticket``; close the gate for ``retry_after`` seconds
        when given."""
        ...

    async def after_error(self, key: str, ticket: Any) -> None:
        """Record that the send of ``ticket`` got no answer (a failed connection)."""
        ...

    def abandon(self, key: str, ticket: Any) -> None:
        """Record, without waiting, that the send of ``ticket`` was cancelled."""
        ...

    async def memory(self, key: str) -> PaceMemory:
        """What the pace of ``key`` has learned so far."""
        ...

    async def seed(self, key: str, memory: PaceMemory) -> None:
        """Start the pace of ``key`` from what an earlier run learned."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


class LocalRateLimit:
    """The gate and the pace of one process (the default).

    Args:
        gate: the :class:`RateLimitGate` (shared with the transport).
        pacer: the :class:`AdaptivePacer`.
        clock: monotonic clock in seconds (the same as the gate's).
        sleep: async sleep taking seconds.
    """

    def __init__(
        self,
        gate: RateLimitGate,
        pacer: AdaptivePacer,
        clock: Clock = time.monotonic,
        sleep: Sleep = default_sleep,
    ) -> None:
        self.gate = gate
        self.pacer = pacer
        self._clock = clock
        self._sleep = sleep
        self._answers: dict[str, Any] = {}  # key -> asyncio.Event set by the next answer

    def notify(self, key: str) -> None:
        """Wake the requests of ``key`` waiting for room in the slow start's window."""
        event = self._answers.pop(key, None)
        if event is not None:
            event.set()

    async def next_answer(self, key: str, at_most: float | None = None) -> None:
        """Wait until a send of ``key`` ends (:meth:`notify`), or ``at_most`` seconds."""
        import asyncio

        event = self._answers.get(key)
        if event is None:
            event = self._answers[key] = asyncio.Event()
        if at_most is None:
            await event.wait()
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), at_most)

    async def before_send(self, key: str, paced: bool) -> float:
        """Wait until the gate is open and, when ``paced``, for room in the slow start's
        window and for this request's pace slot (a new slot when the gate closed during the
        wait); return the send time (this clock), the ticket for the ``after_*`` methods."""
        while True:
            if self.gate.remaining(key) > 0:
                await self.gate.wait(key)
            if paced and not self.pacer.may_send(key):
                stale = self.pacer.stale_in(key)  # or a send stops holding the window
                await self.next_answer(key, None if math.isinf(stale) else stale + 1e-3)
                continue
            slot = self.pacer.reserve(key, paced)
            wait = slot - self._clock()
            if wait > 0:
                report_wait(wait)
                try:
                    await self._sleep(wait)
                except BaseException:  # cancelled while waiting for the slot
                    self.pacer.release(key, slot)
                    self.notify(key)
                    raise
                if self.gate.remaining(key) > 0:
                    # A 429 meanwhile: the slot was reserved at the old pace.
                    self.pacer.release(key, slot)
                    self.notify(key)
                    continue
            return slot

    async def after_response(self, key: str, ticket: Any) -> None:
        """Log the answered send at its answer's time (it grows the slow start's window)."""
        self.pacer.answered(key, float(ticket))
        self.notify(key)

    async def after_throttle(self, key: str, ticket: Any, retry_after: float | None) -> None:
        """Close the gate for ``retry_after`` seconds (when given) and cut the pace."""
        if retry_after is not None:
            self.gate.close_for(key, retry_after)
        resume_at = self._clock() + self.gate.remaining(key)
        self.pacer.throttled(key, float(ticket), resume_at, retry_after)
        self.notify(key)

    async def after_error(self, key: str, ticket: Any) -> None:
        """Log the unanswered send at now (it may have counted) without growing the window."""
        self.pacer.answered(key, float(ticket), granted=False)
        self.notify(key)

    def abandon(self, key: str, ticket: Any) -> None:
        """As :meth:`after_error`, without awaiting (a cancelled request)."""
        self.pacer.answered(key, float(ticket), granted=False)
        self.notify(key)

    async def memory(self, key: str) -> PaceMemory:
        """What the pace of ``key`` has learned (:meth:`AdaptivePacer.memory`)."""
        return self.pacer.memory(key)

    async def seed(self, key: str, memory: PaceMemory) -> None:
        """Start the pace of ``key`` from ``memory`` (:meth:`AdaptivePacer.seed`)."""
        self.pacer.seed(key, memory)

    async def aclose(self) -> None:
        """Nothing to release."""
        return None
