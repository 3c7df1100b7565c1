"""Sandbox: fault injection by header and by armed rule."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

import httpx
import pytest

from trekmail_client.testing import DEMO_OPS_TOKEN, FaultRule, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
ALICE = {"domain_id": 1, "local_part": "alice", "password": "Abcdefgh1234"}
_keys = itertools.count()


def keyed(**extra: str) -> dict[str, str]:
    return {**OPS, "Idempotency-Key": f"key-{next(_keys)}", **extra}


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


async def test_drop_after_commit_commits_then_replays(sb: Sandbox) -> None:
    headers = keyed()
    async with httpx.AsyncClient(base_url=sb.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post(
                "/api/v1/mailboxes",
                json=ALICE,
                headers={**headers, "X-Sandbox-Fault": "drop-after-commit"},
            )
        assert len(sb.state.mailboxes) == 1
        retry = await http.post("/api/v1/mailboxes", json=ALICE, headers=headers)
    assert retry.status_code == 201
    assert retry.headers["x-idempotency-replayed"] == "true"
    assert len(sb.state.mailboxes) == 1


@pytest.mark.parametrize(
    ("fault", "status", "code"),
    [
        ("500-before-commit", 500, "internal_error"),
        ("503", 503, "service_unavailable"),
    ],
)
async def test_5xx_faults_do_nothing(sb: Sandbox, fault: str, status: int, code: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.post(
            "/api/v1/mailboxes", json=ALICE, headers=keyed(**{"X-Sandbox-Fault": fault})
        )
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["retryable"] is True
    assert error["request_id"] == response.headers["x-request-id"]
    assert sb.state.mailboxes == {}


async def test_html_502(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.get("/api/v1/domains", headers={**OPS, "X-Sandbox-Fault": "html-502"})
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<html>" in response.text


async def test_429_with_retry_after(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.post(
            "/api/v1/mailboxes", json=ALICE, headers=keyed(**{"X-Sandbox-Fault": "429:7"})
        )
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["retry_after"] == 7
    assert sb.state.mailboxes == {}


async def test_slow_then_proceeds(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        started = time.perf_counter()
        response = await http.post(
            "/api/v1/mailboxes", json=ALICE, headers=keyed(**{"X-Sandbox-Fault": "slow:0.3"})
        )
        elapsed = time.perf_counter() - started
        with pytest.raises(httpx.ReadTimeout):
            await http.get(
                "/api/v1/domains", timeout=0.1, headers={**OPS, "X-Sandbox-Fault": "slow:0.5"}
            )
    assert response.status_code == 201
    assert elapsed >= 0.3


@pytest.mark.parametrize("value", ["explode", "slow:", "slow:-1", "429:abc"])
async def test_unknown_fault_is_400(sb: Sandbox, value: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.get("/api/v1/domains", headers={**OPS, "X-Sandbox-Fault": value})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_fault"


async def test_header_ignored_when_faults_disabled(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(allow_faults=False)
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.get("/api/v1/domains", headers={**OPS, "X-Sandbox-Fault": "503"})
    assert response.status_code == 200


async def test_enqueued_rule_fires_on_nth_matching_request(sb: Sandbox) -> None:
    rule = sb.state.faults.enqueue("503", path="/api/v1/mailboxes", method="POST", nth=2, times=2)
    async with httpx.AsyncClient(base_url=sb.url) as http:
        statuses = []
        for i in range(4):
            await http.get("/api/v1/mailboxes", headers=OPS)  # not matching: GET
            body = {**ALICE, "local_part": f"u{i}"}
            statuses.append(
                (await http.post("/api/v1/mailboxes", json=body, headers=keyed())).status_code
            )
    assert statuses == [201, 503, 503, 201]
    assert rule.seen == 3 and sb.state.faults.pending == 0


async def test_enqueued_drop_on_a_prefix_and_the_same_request_retried(sb: Sandbox) -> None:
    sb.state.faults.enqueue("drop-after-commit", path="/api/v1/mailboxes*")
    headers = keyed()
    body = {"items": [{**ALICE, "local_part": f"b{i}"} for i in range(3)]}
    async with httpx.AsyncClient(base_url=sb.url) as http:
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/api/v1/mailboxes:bulk", json=body, headers=headers)
        retry = await http.post("/api/v1/mailboxes:bulk", json=body, headers=headers)
    assert retry.status_code == 200 and retry.headers["x-idempotency-replayed"] == "true"
    assert len(sb.state.mailboxes) == 3


async def test_faults_armed_from_config(make_sandbox: Callable[..., Sandbox]) -> None:
    sb = make_sandbox(faults=(FaultRule("html-502", path="/api/v1/domains"),))
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.get("/api/v1/domains", headers=OPS)
        second = await http.get("/api/v1/domains", headers=OPS)
    assert (first.status_code, second.status_code) == (502, 200)


def test_bad_rules_are_refused() -> None:
    with pytest.raises(ValueError):
        FaultRule("nope")
    with pytest.raises(ValueError):
        FaultRule("503", nth=0)


@pytest.mark.parametrize(
    ("alias", "status"), [("5xx", 500), ("500", 500), ("DROP", None), ("drop", None)]
)
async def test_header_takes_the_aliases_fault_rates_take(
    sb: Sandbox, alias: str, status: int | None
) -> None:
    """``X-Sandbox-Fault`` reads the one alias table (``FAULT_ALIASES``) as ``--fault-rate``."""
    async with httpx.AsyncClient(base_url=sb.url) as http:
        if status is None:  # drop: committed, then the connection is cut
            with pytest.raises(httpx.RemoteProtocolError):
                await http.post(
                    "/api/v1/mailboxes", json=ALICE, headers=keyed(**{"X-Sandbox-Fault": alias})
                )
            assert len(sb.state.mailboxes) == 1
            return
        response = await http.post(
            "/api/v1/mailboxes", json=ALICE, headers=keyed(**{"X-Sandbox-Fault": alias})
        )
    assert response.status_code == status
    assert response.json()["error"]["code"] == "internal_error"
    assert not sb.state.mailboxes
