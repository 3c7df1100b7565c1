"""The adaptive pace (like botocore's adaptive retry mode: cut on a 429, probe up again),
on a clock the test controls: the pacer alone, and the retry transport against a sliding-window
limiter (the sandbox's) answered through respx."""

from __future__ import annotations

import attrs
import httpx
import pytest
import respx

from trekmail_client import TrekMail, pool_limits
from trekmail_client._backoff import (
    AdaptivePacer,
    OperationRateLimiter,
    RateLimitGate,
    RetryPolicy,
    adaptive_pacing,
    pace_rate,
    pace_span,
    pacing_requested,
)
from trekmail_client._client import DEFAULT_LIMITS
from trekmail_client._retry import RetryTransport
from trekmail_client.testing._ratelimit import SlidingWindowLimiter

from .conftest import FakeTime

pytestmark = pytest.mark.anyio
BASE = "http://trekmail.test"
# A single 429 is evidence here (these tests are about what a cut learns; the evidence rules
# have their own tests in test_pace_spiral.py).
POLICY = RetryPolicy(pace_min_sample=1, pace_loss_tolerance=0.0)


def test_the_pace_curve_starts_below_the_ceiling_recovers_then_probes() -> None:
    recovery = POLICY.pace_recovery * POLICY.rate_limit_window
    assert pace_rate(100.0, 0.0, POLICY) == pytest.approx(90.0)
    assert pace_rate(100.0, -5.0, POLICY) == pytest.approx(90.0)  # the gate is still shut
    assert pace_rate(100.0, recovery / 2, POLICY) == pytest.approx(98.75)
    assert pace_rate(100.0, recovery, POLICY) == pytest.approx(100.0)
    assert 100.0 < pace_rate(100.0, 1.5 * recovery, POLICY) < pace_rate(100.0, 2 * recovery, POLICY)
    assert pace_rate(0.0, 0.0, POLICY) == pytest.approx(1 / 60)  # one per window at least


def test_the_window_counts_only_its_own_sends_across_many_windows() -> None:
    # Expired sends are dropped in pieces (not one by one on every send): the count of the
    # window, the learned ceiling and the answered-send bookkeeping must not see them.
    now = [0.0]
    pacer = AdaptivePacer(POLICY, clock=lambda: now[0])
    window = POLICY.rate_limit_window
    for sends in range(1, int(3.5 * window * 20)):  # 20 sends a second for 3.5 windows
        sent = pacer.reserve("tok_a", paced=False)
        now[0] += 0.05
        pacer.answered("tok_a", sent)
        expected = min(sends, 20 * window)
        assert pacer.granted_in_window("tok_a") == pytest.approx(expected, abs=1)
    refused = pacer.reserve("tok_a")
    assert pacer.throttled("tok_a", refused, resume_at=now[0])
    assert pacer.rate("tok_a") == pytest.approx(0.9 * 20, rel=0.01)


def test_the_pacer_is_open_until_the_first_429_then_learns_the_granted_rate() -> None:
    now = [0.0]
    pacer = AdaptivePacer(POLICY, clock=lambda: now[0])
    for _ in range(120):  # 120 sends in 12 s, all granted
        assert pacer.reserve("tok_a") == now[0]
        now[0] += 0.1
    assert pacer.rate("tok_a") is None
    refused = pacer.reserve("tok_a")
    assert pacer.throttled("tok_a", refused, resume_at=now[0] + 3.0)
    # the refused send is not counted: 120 granted over the 60 s window
    assert pacer.rate("tok_a") == pytest.approx(0.9 * 120 / 60)
    # a 429 to a request sent before the cut took effect is the same episode
    assert not pacer.throttled("tok_a", refused, resume_at=now[0] + 3.0)
    # sends resume after the gate, spaced 1 / rate apart
    first, second = pacer.reserve("tok_a"), pacer.reserve("tok_a")
    assert first >= now[0] + 3.0
    assert second - first == pytest.approx(1 / (0.9 * 2.0), rel=0.05)


def test_the_pace_never_allows_more_than_its_budget_in_any_window() -> None:
    now = [0.0]
    pacer = AdaptivePacer(POLICY, clock=lambda: now[0])
    for _ in range(100):  # a burst: 100 sends in one second
        pacer.reserve("tok_a")
        now[0] += 0.01
    pacer.throttled("tok_a", pacer.reserve("tok_a"), resume_at=now[0] + 1.0)
    slots = []
    for _ in range(200):
        slot = pacer.reserve("tok_a")
        slots.append(slot)
        now[0] = max(now[0], slot)  # the sender waits for its slot
    # while the burst is still in the window, the burst and the paced sends together stay
    # within the 100 the server granted; the first paced send waits for the burst to age
    burst = [i * 0.01 for i in range(100)]
    for start in burst:
        assert sum(start <= t < start + 60 for t in burst + slots) <= 100
    assert slots[0] >= 1.0


async def _run_against_a_sliding_window(
    fake_time: FakeTime, paced: bool
) -> list[tuple[float, int]]:
    """300 calls, 10 ms each, against 50 per 60 s; the (time, status) of every answer."""
    limiter = SlidingWindowLimiter(50, window=60.0, clock=fake_time.clock)
    answers: list[tuple[float, int]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        decision = limiter.hit("token")
        answers.append((fake_time.now, 200 if decision.allowed else 429))
        if decision.allowed:
            return httpx.Response(200, json={"data": {"id": 1}})
        body = {"error": {"code": "rate_limited", "message": "slow down", "retryable": True}}
        return httpx.Response(429, json=body, headers={"Retry-After": str(decision.retry_after)})

    transport = RetryTransport(
        httpx.AsyncHTTPTransport(),
        policy=attrs.evolve(POLICY, max_retries=100, adaptive_pacing=paced),
        gate=RateLimitGate(clock=fake_time.clock, sleep=fake_time.sleep),
        limiter=OperationRateLimiter(clock=fake_time.clock, sleep=fake_time.sleep),
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )
    with respx.mock(base_url=BASE) as mock:
        mock.get(url__regex=r"/api/v1/mailboxes/\d+").mock(side_effect=answer)
        async with TrekMail(
            base_url=BASE, ops_token="tm_live_unit0test", transport=transport
        ) as tm:
            for n in range(300):
                await tm.get_async_httpx_client().get(f"/api/v1/mailboxes/{n + 1}")
                fake_time.now += 0.01
    return answers


def _busiest_second(times: list[float]) -> int:
    return max(sum(t <= u < t + 1.0 for u in times) for t in times)


async def test_a_paced_client_learns_a_sliding_window_limit(fake_time: FakeTime) -> None:
    """One 429 teaches the limit; then the calls are spread over the window (not sent in
    bursts), at most one 429 per probe past the limit, and the limit is used, not wasted."""
    answers = await _run_against_a_sliding_window(fake_time, paced=True)
    refused = [t for t, status in answers if status == 429]
    granted = [t for t, status in answers if status == 200]
    assert len(granted) == 300
    windows = (granted[-1] - granted[0]) / 60.0
    assert 1 <= len(refused) <= 1 + windows
    learned = [t for t in granted if t > refused[0] + 60.0]  # the burst has left the window
    assert _busiest_second(learned) <= 3  # 50 per minute is under 1 per second
    per_minute = len(learned) / ((granted[-1] - refused[0] - 60.0) / 60.0)
    assert per_minute >= 0.8 * 50


async def test_without_the_pace_the_same_calls_go_in_bursts(fake_time: FakeTime) -> None:
    """The control: the gate alone waits out each 429, then bursts again as slots free."""
    answers = await _run_against_a_sliding_window(fake_time, paced=False)
    granted = [t for t, status in answers if status == 200]
    refused = [t for t, status in answers if status == 429]
    assert _busiest_second([t for t in granted if t > refused[0] + 60.0]) >= 40


def test_adaptive_pacing_scope_ends() -> None:
    with adaptive_pacing():
        assert pacing_requested()
    assert not pacing_requested()


def test_the_redis_password_never_shows_in_the_policy_repr() -> None:
    policy = RetryPolicy(redis_url="redis://:s3cret-pass@10.0.0.5:6379/0")
    assert "s3cret-pass" not in repr(policy)
    assert "10.0.0.5" in repr(policy)


def test_pool_keeps_alive_every_connection_it_opens() -> None:
    assert DEFAULT_LIMITS.max_keepalive_connections == DEFAULT_LIMITS.max_connections
    limits = pool_limits(64)
    assert limits.max_connections == limits.max_keepalive_connections == 66
    with pytest.raises(ValueError, match="concurrency must be at least 1"):
        pool_limits(0)


def test_the_servers_retry_after_sets_the_window_the_grant_is_counted_over() -> None:
    # A 429 a tenth of a second into a run, with Retry-After 0.1 s: the server's limit is about
    # 3 sends per 0.2 s, not 3 per minute, so the pace must not fall to a crawl.
    policy = attrs.evolve(POLICY, rate_limit_window=60.0, pace_decrease=0.9, pace_recovery=0.5)
    now = [100.0]
    pacer = AdaptivePacer(policy, clock=lambda: now[0])
    sends = [pacer.reserve("tok") for _ in range(4)]
    now[0] += 0.1
    assert pacer.throttled("tok", sends[-1], now[0] + 0.1, retry_after=0.1)
    rate = pacer.rate("tok")
    assert rate is not None and rate > 10.0  # per second
    assert pace_span(60.0, 0.1, 0.1) == pytest.approx(0.2)
    assert pace_span(60.0, 0.5, 59.5) == 60.0  # a burst then a long wait: the full window
    assert pace_span(60.0, 0.5, None) == 60.0  # no Retry-After: the configured window
