"""The pace's slow start (before a token's first 429, few requests in flight, growing with the
granted ones), on a clock the test controls: the window rule, the pacer's bookkeeping, a
simulated run of 64 workers against a sliding-window limit (the sandbox's limiter) that the
client does not know, and what a resumed run remembers. No test waits on time."""

from __future__ import annotations

import asyncio
import heapq

import httpx
import pytest
import respx

from trekmail_client import APIConnectionError, TrekMail
from trekmail_client._backoff import (
    AdaptivePacer,
    LocalRateLimit,
    PaceMemory,
    RateLimitGate,
    RetryPolicy,
    slow_start_window,
)
from trekmail_client._retry import RetryTransport
from trekmail_client.testing._ratelimit import SlidingWindowLimiter

pytestmark = pytest.mark.anyio
POLICY = RetryPolicy()
# A single 429 is evidence (for the tests of what a cut does; test_pace_spiral.py has the
# evidence rules).
EAGER = RetryPolicy(pace_min_sample=1, pace_loss_tolerance=0.0)
KEY = "tok_a"


def test_the_window_is_one_then_grows_by_one_per_hundred_granted() -> None:
    assert [slow_start_window(n, POLICY) for n in (0, 1, 99, 100, 199, 200, 6000)] == [
        1,
        1,
        1,
        2,
        2,
        3,
        61,
    ]
    faster = RetryPolicy(slow_start_growth=0.5)
    assert [slow_start_window(n, faster) for n in (0, 1, 2, 10)] == [1, 1, 2, 6]


def test_the_pacer_holds_paced_sends_to_the_window_until_the_first_429() -> None:
    now = [0.0]
    pacer = AdaptivePacer(EAGER, clock=lambda: now[0])
    assert pacer.window(KEY) == 1 and pacer.may_send(KEY)
    first = pacer.reserve(KEY)
    assert pacer.in_flight(KEY) == 1 and not pacer.may_send(KEY)
    pacer.answered(KEY, first)
    assert pacer.in_flight(KEY) == 0 and pacer.may_send(KEY)
    for _ in range(99):  # 100 granted in all: the window is 2
        pacer.answered(KEY, pacer.reserve(KEY))
        now[0] += 0.01
    assert pacer.window(KEY) == 2
    a, b = pacer.reserve(KEY), pacer.reserve(KEY)
    assert not pacer.may_send(KEY)
    pacer.answered(KEY, a, granted=False)  # no answer (a failed connection): no growth
    assert pacer.memory(KEY) == PaceMemory(None, 100)
    released = pacer.reserve(KEY)
    pacer.release(KEY, released)  # a slot given up ends its send too
    assert pacer.in_flight(KEY) == 1
    assert pacer.throttled(KEY, b, resume_at=now[0] + 5.0)
    # the limit is learned: the pace governs and the window no longer applies
    assert pacer.window(KEY) is None and pacer.may_send(KEY)
    assert pacer.in_flight(KEY) == 0
    assert pacer.memory(KEY).ceiling is not None


def test_slow_start_off_leaves_the_window_open() -> None:
    pacer = AdaptivePacer(RetryPolicy(slow_start=False), clock=lambda: 0.0)
    for _ in range(64):
        pacer.reserve(KEY)
    assert pacer.window(KEY) is None and pacer.may_send(KEY)


def _simulate(policy: RetryPolicy, limit: int, requests: int, workers: int = 64) -> list[int]:
    """``workers`` senders, 50 ms per answer, against ``limit`` per 60 s that the client does
    not know; returns the ordinal numbers of the requests the server refused. Time moves from
    event to event (a discrete-event run on a clock the test owns), and the senders follow
    :class:`LocalRateLimit`'s rules: gate, slow start window, pace slot."""
    now = [0.0]
    server = SlidingWindowLimiter(limit, window=60.0, clock=lambda: now[0])
    pacer = AdaptivePacer(policy, clock=lambda: now[0])
    gate = RateLimitGate(clock=lambda: now[0])
    events: list[tuple[float, int, str, float, int]] = []  # (at, seq, kind, ticket, retry)
    refused: list[int] = []
    todo, idle, sent, seq = requests, workers, 0, 0
    while todo > 0 or events:
        while idle and todo and gate.remaining(KEY) == 0 and pacer.may_send(KEY):
            slot = pacer.reserve(KEY)
            idle, todo, seq = idle - 1, todo - 1, seq + 1
            heapq.heappush(events, (max(slot, now[0]), seq, "send", slot, 0))
        if not events:  # every sender waits for the gate
            now[0] += gate.remaining(KEY)
            continue
        at, _, kind, ticket, retry = heapq.heappop(events)
        now[0] = max(now[0], at)
        if kind == "send":
            if gate.remaining(KEY) > 0:  # a 429 while it waited for its slot
                pacer.release(KEY, ticket)
                idle, todo = idle + 1, todo + 1
                continue
            decision = server.hit("token")
            sent += 1
            if not decision.allowed:
                refused.append(sent)
            seq += 1
            heapq.heappush(events, (now[0] + 0.05, seq, "answer", ticket, decision.retry_after))
            continue
        idle += 1
        if retry:
            gate.close_for(KEY, retry)
            pacer.throttled(KEY, ticket, now[0] + gate.remaining(KEY), float(retry))
            todo += 1  # the refused request goes again
        else:
            pacer.answered(KEY, ticket)
    return refused


def test_the_first_overshoot_of_an_unknown_limit_is_one_request_at_60_per_minute() -> None:
    """A bulk run: 100 requests against 60 per minute, 64 workers. With the slow start the
    server refuses one request in all (1 of 101); without it, the first burst collects the
    overshoot of 64 workers."""
    refused = _simulate(POLICY, limit=60, requests=100)
    assert refused == [61]
    control = _simulate(RetryPolicy(slow_start=False), limit=60, requests=100)
    assert len(control) >= 4


def test_the_first_overshoot_stays_within_one_percent_of_a_larger_limit() -> None:
    """A single 429 is evidence: the slow start bounds the first overshoot to about 1% of
    the sends so far."""
    refused = _simulate(EAGER, limit=2000, requests=3000)
    first_episode = [n for n in refused if n <= 2000 + 64]
    assert 1 <= len(first_episode) <= 1 + 2000 // 100
    assert len(refused) / (3000 + len(refused)) <= 0.01


def test_with_the_loss_tolerance_the_first_overshoot_adds_at_most_the_tolerance() -> None:
    """With the default evidence rules the pace cuts once the window's 429 share passes
    ``pace_loss_tolerance`` (0.5%): the first overshoot adds at most that share of the window's
    sends to the slow start's 1%, and the run as a whole stays near 1%."""
    refused = _simulate(POLICY, limit=2000, requests=3000)
    first_episode = [n for n in refused if n <= 2000 + 64 + 100]
    tolerated = int(POLICY.pace_loss_tolerance * (2000 + len(first_episode))) + 1
    assert 1 <= len(first_episode) <= 1 + 2000 // 100 + tolerated
    assert len(refused) / (3000 + len(refused)) <= 0.015


def test_a_seeded_pace_skips_the_slow_start_and_starts_below_the_ceiling() -> None:
    now = [0.0]
    pacer = AdaptivePacer(POLICY, clock=lambda: now[0])
    pacer.seed(KEY, PaceMemory(ceiling=2.0, granted=500))
    assert pacer.window(KEY) is None
    assert pacer.rate(KEY) == pytest.approx(0.9 * 2.0)
    first, second = pacer.reserve(KEY), pacer.reserve(KEY)
    assert second - first == pytest.approx(1 / 1.8)
    # a later seed never lowers what this run has learned
    pacer.seed(KEY, PaceMemory(ceiling=0.5, granted=10))
    assert pacer.memory(KEY) == PaceMemory(2.0, 500)
    fresh = AdaptivePacer(POLICY, clock=lambda: now[0])
    fresh.seed(KEY, PaceMemory(ceiling=None, granted=300))  # no 429 yet: a wider window
    assert fresh.window(KEY) == 4


async def test_a_paced_send_waits_for_an_answer_when_the_window_is_full() -> None:
    pacer = AdaptivePacer(POLICY, clock=lambda: 0.0)
    local = LocalRateLimit(RateLimitGate(clock=lambda: 0.0), pacer, clock=lambda: 0.0)
    ticket = await local.before_send(KEY, paced=True)
    second = asyncio.create_task(local.before_send(KEY, paced=True))
    unpaced = await local.before_send(KEY, paced=False)  # outside the pace: not held
    for _ in range(10):
        await asyncio.sleep(0)
    assert not second.done()
    await local.after_response(KEY, unpaced)  # an answer wakes it; the window is still full
    for _ in range(10):
        await asyncio.sleep(0)
    assert not second.done()
    await local.after_response(KEY, ticket)
    await asyncio.wait_for(second, timeout=60)
    assert pacer.in_flight(KEY) == 1


async def test_a_failed_connection_ends_its_send_in_the_window() -> None:
    transport = RetryTransport(
        httpx.AsyncHTTPTransport(), policy=RetryPolicy(max_retries=0, adaptive_pacing=True)
    )
    with respx.mock(base_url="http://trekmail.test") as mock:
        mock.get("/api/v1/me").mock(side_effect=httpx.ConnectError("refused"))
        async with TrekMail(
            base_url="http://trekmail.test", ops_token="tm_live_unit0test", transport=transport
        ) as tm:
            for _ in range(3):  # each would wait for ever if the first stayed in flight
                with pytest.raises(APIConnectionError):
                    await tm.get_async_httpx_client().get("/api/v1/me")
            key = tm._ops_fingerprint()
            assert key is not None
            local = transport.shared
            assert isinstance(local, LocalRateLimit)
            assert local.pacer.in_flight(key) == 0
            assert local.pacer.memory(key) == PaceMemory(None, 0)


def test_a_send_in_flight_far_longer_than_usual_stops_holding_the_window() -> None:
    """Answers take 50 ms; a send still unanswered after twice that has reached the server
    (a slow answer, not a pending arrival), so the window lets the next one go."""
    now = [0.0]
    pacer = AdaptivePacer(POLICY, clock=lambda: now[0])
    assert pacer.stale_in(KEY) == float("inf")
    for _ in range(10):
        sent = pacer.reserve(KEY)
        now[0] += 0.05
        pacer.answered(KEY, sent)
    slow = pacer.reserve(KEY)
    assert not pacer.may_send(KEY)
    assert pacer.stale_in(KEY) == pytest.approx(0.1)
    now[0] += 0.09
    assert not pacer.may_send(KEY)
    now[0] += 0.02
    assert pacer.may_send(KEY) and pacer.stale_in(KEY) == float("inf")
    pacer.answered(KEY, slow)  # it still ends normally
    assert pacer.memory(KEY) == PaceMemory(None, 11)
