"""Retry-After parsing, full-jitter backoff, retry budget and the rate-limit gate."""

from __future__ import annotations

import email.utils
from typing import Any

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st

from trekmail_client._backoff import (
    RateLimitGate,
    RetryBudget,
    RetryPolicy,
    backoff_delay,
    parse_retry_after,
)

NOW = 1_700_000_000.0


def _now() -> float:
    return NOW


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Retry-After": "5"}, None, 5.0),
        ({"Retry-After": " 2.5 "}, None, 2.5),
        ({"Retry-After": "0"}, None, 0.0),
        ({"retry-after-ms": "1500"}, None, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "9"}, None, 0.25),
        ({"retry-after-ms": "garbage", "Retry-After": "9"}, None, 9.0),
        ({}, {"error": {"code": "rate_limited", "retry_after": 12}}, 12.0),
        ({}, {"retry_after": 3.5}, 3.5),
        ({"Retry-After": "4"}, {"retry_after": 30}, 4.0),
        ({"Retry-After": "soon"}, None, None),
        ({"Retry-After": "-3"}, None, None),
        ({"Retry-After": "nan"}, None, None),
        ({"Retry-After": "inf"}, None, None),
        ({"Retry-After": ""}, None, None),
        ({"Retry-After": "nan"}, {"retry_after": 2}, 2.0),
        ({}, {"retry_after": "x"}, None),
        ({}, {"retry_after": True}, None),
        ({}, {"retry_after": -1}, None),
        ({}, {"retry_after": float("nan")}, None),
        ({}, [1, 2], None),
        ({}, None, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], body: Any, expected: float | None) -> None:
    assert parse_retry_after(headers, body, now=_now) == expected


def test_parse_retry_after_http_date() -> None:
    future = email.utils.formatdate(NOW + 30, usegmt=True)
    assert parse_retry_after({"Retry-After": future}, now=_now) == pytest.approx(30.0)
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert parse_retry_after({"Retry-After": past}, now=_now) == 0.0
    assert parse_retry_after({"Retry-After": "Wed, 99 Foo 2024 00:00:00 GMT"}, now=_now) is None


@given(
    attempt=st.integers(min_value=0, max_value=200),
    base=st.floats(min_value=0.001, max_value=10),
    cap=st.floats(min_value=0.001, max_value=100),
    fraction=st.floats(min_value=0, max_value=1),
)
def test_full_jitter_bounds(attempt: int, base: float, cap: float, fraction: float) -> None:
    policy = RetryPolicy(backoff_base=base, backoff_cap=cap)
    ceiling = min(cap, base * 2 ** min(attempt, 62))
    seen: list[tuple[float, float]] = []

    def rng(a: float, b: float) -> float:
        seen.append((a, b))
        return a + (b - a) * fraction

    delay = backoff_delay(attempt, policy, rng)
    assert seen == [(0.0, ceiling)]
    assert 0.0 <= delay <= ceiling <= cap


def test_backoff_defaults() -> None:
    policy = RetryPolicy()
    tops = [backoff_delay(n, policy, lambda a, b: b) for n in range(6)]
    assert tops == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_policy_defaults_and_validation() -> None:
    policy = RetryPolicy()
    assert (
        policy.max_retries,
        policy.backoff_base,
        policy.backoff_cap,
        policy.max_retry_after,
    ) == (2, 0.5, 8.0, 60.0)
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)


def test_budget_spend_and_refund() -> None:
    budget = RetryBudget(capacity=2.0, success_refund=0.5)
    assert budget.try_spend(1.0) and budget.try_spend(1.0)
    assert not budget.try_spend(1.0)
    budget.refund()
    assert not budget.try_spend(1.0)
    budget.refund()
    assert budget.try_spend(1.0)
    assert budget.try_spend(0.0)  # free retries always pass
    for _ in range(100):
        budget.refund()
    assert budget.tokens == 2.0


def test_budget_unlimited() -> None:
    budget = RetryBudget(capacity=None)
    assert all(budget.try_spend(1.0) for _ in range(1000))


@pytest.mark.anyio
async def test_gate_pauses_until_open(fake_time: Any) -> None:
    gate = RateLimitGate(clock=fake_time.clock, sleep=fake_time.sleep)
    assert await gate.wait("tok_a") == 0.0
    gate.close_for("tok_a", 5.0)
    gate.close_for("tok_a", 2.0)  # never shortens
    assert gate.remaining("tok_a") == 5.0
    assert gate.remaining("tok_b") == 0.0
    assert await gate.wait("tok_a") == 5.0
    assert gate.remaining("tok_a") == 0.0


@pytest.mark.anyio
async def test_gate_is_shared_by_concurrent_waiters() -> None:
    from anyio.lowlevel import checkpoint

    now = [0.0]
    release = anyio.Event()

    async def sleep(seconds: float) -> None:
        await release.wait()
        now[0] += seconds

    gate = RateLimitGate(clock=lambda: now[0], sleep=sleep)
    gate.close_for("tok_a", 5.0)
    done: list[str] = []

    async def waiter(name: str) -> None:
        await gate.wait("tok_a")
        done.append(name)

    async def other() -> None:
        await gate.wait("tok_b")
        await checkpoint()
        done.append("other")

    with anyio.fail_after(5):
        async with anyio.create_task_group() as tg:
            for i in range(3):
                tg.start_soon(waiter, f"w{i}")
            tg.start_soon(other)
            await anyio.wait_all_tasks_blocked()
            assert done == ["other"]  # the tok_a senders are all held at the gate
            release.set()
    assert sorted(done) == ["other", "w0", "w1", "w2"]
