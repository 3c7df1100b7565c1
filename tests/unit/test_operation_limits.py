"""Operations with their own documented limit are paced on the client (the API overview:
"Migration write operations (start, cancel, retry) have a dedicated rate limit of 10 requests
per minute per token")."""

from __future__ import annotations

import httpx
import pytest
import respx

from trekmail_client import TrekMail
from trekmail_client._backoff import OperationRateLimiter, RateLimitGate, RetryPolicy
from trekmail_client._registry import get_operation
from trekmail_client._retry import RetryTransport
from trekmail_client.api.migrations import cancel_migration, retry_migration

from .conftest import FakeTime

pytestmark = pytest.mark.anyio
BASE = "http://trekmail.test"


def test_the_contract_names_the_migration_write_limit() -> None:
    for operation_id in ("start_migration", "cancel_migration", "retry_bulk_migration"):
        op = get_operation(operation_id)
        assert (op.rate_limit_bucket, op.rate_limit_per_minute) == ("migration-writes", 10)
    assert get_operation("list_migrations").rate_limit_bucket is None


def client(fake_time: FakeTime, **policy: object) -> TrekMail:
    transport = RetryTransport(
        httpx.AsyncHTTPTransport(),
        policy=RetryPolicy(**policy),  # type: ignore[arg-type]
        gate=RateLimitGate(clock=fake_time.clock, sleep=fake_time.sleep),
        limiter=OperationRateLimiter(clock=fake_time.clock, sleep=fake_time.sleep),
        sleep=fake_time.sleep,
        clock=fake_time.clock,
    )
    return TrekMail(base_url=BASE, ops_token="tm_live_unit0test", transport=transport)


@respx.mock
async def test_the_eleventh_write_in_a_minute_waits_for_a_slot(fake_time: FakeTime) -> None:
    respx.post(url__regex=rf"{BASE}/api/v1/migrations/\d+:(cancel|retry)").respond(200, json={})
    async with client(fake_time) as tm:
        for n in range(1, 11):  # cancel and retry share one bucket
            module = cancel_migration if n % 2 else retry_migration
            await module.asyncio_detailed(n, client=tm)
        assert fake_time.sleeps == []
        await cancel_migration.asyncio_detailed(11, client=tm)
    assert fake_time.sleeps == [pytest.approx(60.0)]


@respx.mock
async def test_pacing_can_be_turned_off(fake_time: FakeTime) -> None:
    respx.post(url__regex=rf"{BASE}/api/v1/migrations/\d+:cancel").respond(200, json={})
    async with client(fake_time, operation_rate_limits=False) as tm:
        for n in range(1, 13):
            await cancel_migration.asyncio_detailed(n, client=tm)
    assert fake_time.sleeps == []
