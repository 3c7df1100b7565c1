"""Sandbox: per-token rate limit, 429 with Retry-After, X-RateLimit headers."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
MSG = {"Authorization": f"Bearer {DEMO_MESSAGE_TOKEN}"}


async def test_over_the_limit_is_429_with_retry_after(
    make_sandbox: Callable[..., Sandbox],
) -> None:
    sb = make_sandbox(rate_limit_per_minute=3)
    async with httpx.AsyncClient(base_url=sb.url) as http:
        allowed = [await http.get("/api/v1/domains", headers=OPS) for _ in range(3)]
        refused = await http.get("/api/v1/domains", headers=OPS)
        keyed_post = await http.post(
            "/api/v1/domains", headers={**OPS, "Idempotency-Key": "x"}, json={"name": "new.example"}
        )
        other_token = await http.get("/api/v1/messages", headers=MSG)
    assert [r.status_code for r in allowed] == [200, 200, 200]
    assert [r.headers["x-ratelimit-remaining"] for r in allowed] == ["2", "1", "0"]
    assert allowed[0].headers["x-ratelimit-limit"] == "3"
    assert refused.status_code == 429
    retry_after = int(refused.headers["retry-after"])
    assert 1 <= retry_after <= 60
    error = refused.json()["error"]
    assert error["code"] == "rate_limited"
    assert error["retryable"] is True
    assert error["retry_after"] == retry_after
    assert error["request_id"] == refused.headers["x-request-id"]
    assert keyed_post.status_code == 429
    assert len(sb.state.domains) == 3
    assert other_token.status_code == 200


async def test_unauthenticated_requests_do_not_count(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(rate_limit_per_minute=1)
    async with httpx.AsyncClient(base_url=sb.url) as http:
        for _ in range(3):
            assert (await http.get("/api/v1/domains")).status_code == 401
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 200
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 429
