"""Sandbox: Idempotency-Key replay, mismatch, missing key, per-token scope and concurrency."""

from __future__ import annotations

from collections.abc import Callable

import anyio
import httpx
import pytest

from trekmail_client.testing import DEMO_OPS_TOKEN, OPS_SCOPES, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
OTHER = {"Authorization": "Bearer tm_live_second"}
ALICE = {"domain_id": 1, "local_part": "alice", "password": "Abcdefgh1234"}


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(ops_tokens={DEMO_OPS_TOKEN: OPS_SCOPES, "tm_live_second": OPS_SCOPES})


def keyed(key: str, auth: dict[str, str] = OPS) -> dict[str, str]:
    return {**auth, "Idempotency-Key": key}


@pytest.mark.parametrize("method", ["POST", "PUT"])
async def test_post_and_put_without_key_are_422(sb: Sandbox, method: str) -> None:
    path = "/api/v1/mailboxes" if method == "POST" else "/api/v1/mailboxes/1/forwarding"
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.request(method, path, headers=OPS, json=ALICE)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "missing_idempotency_key"
    assert sb.state.mailboxes == {}


async def test_same_key_same_body_replays_without_executing(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.post("/api/v1/mailboxes", headers=keyed("k1"), json=ALICE)
        second = await http.post("/api/v1/mailboxes", headers=keyed("k1"), json=ALICE)
    assert first.status_code == second.status_code == 201
    assert "x-idempotency-replayed" not in first.headers
    assert second.headers["x-idempotency-replayed"] == "true"
    assert second.json() == first.json()
    assert second.headers["x-request-id"] != first.headers["x-request-id"]
    assert len(sb.state.mailboxes) == 1
    assert sb.state.executions == 1


async def test_same_key_different_body_is_409(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await http.post("/api/v1/mailboxes", headers=keyed("k1"), json=ALICE)
        other = {**ALICE, "local_part": "bob"}
        response = await http.post("/api/v1/mailboxes", headers=keyed("k1"), json=other)
        elsewhere = await http.post("/api/v1/domains", headers=keyed("k1"), json={"name": "a.io"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "idempotency_mismatch"
    assert elsewhere.status_code == 409
    assert [m.local_part for m in sb.state.mailboxes.values()] == ["alice"]


async def test_keys_are_scoped_per_token(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        mine = await http.post("/api/v1/mailboxes", headers=keyed("k"), json=ALICE)
        other = {**ALICE, "local_part": "bob"}
        theirs = await http.post("/api/v1/mailboxes", headers=keyed("k", OTHER), json=other)
    assert mine.status_code == theirs.status_code == 201
    assert "x-idempotency-replayed" not in theirs.headers
    assert len(sb.state.mailboxes) == 2


async def test_4xx_results_are_stored_and_replayed(sb: Sandbox) -> None:
    bad = {**ALICE, "local_part": "-bad"}
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.post("/api/v1/mailboxes", headers=keyed("k"), json=bad)
        second = await http.post("/api/v1/mailboxes", headers=keyed("k"), json=bad)
    assert first.status_code == second.status_code == 422
    assert second.headers["x-idempotency-replayed"] == "true"
    assert second.json() == first.json()


async def test_5xx_results_are_not_stored(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        fault = {**keyed("k"), "X-Sandbox-Fault": "500-before-commit"}
        failed = await http.post("/api/v1/mailboxes", headers=fault, json=ALICE)
        retried = await http.post("/api/v1/mailboxes", headers=keyed("k"), json=ALICE)
    assert failed.status_code == 500
    assert retried.status_code == 201
    assert "x-idempotency-replayed" not in retried.headers
    assert len(sb.state.mailboxes) == 1


async def test_key_is_honoured_on_patch_and_delete(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        await http.post("/api/v1/mailboxes", headers=keyed("c"), json=ALICE)
        patch1 = await http.patch(
            "/api/v1/mailboxes/1", headers=keyed("p"), json={"display_name": "A"}
        )
        patch2 = await http.patch(
            "/api/v1/mailboxes/1", headers=keyed("p"), json={"display_name": "A"}
        )
        unkeyed = await http.patch("/api/v1/mailboxes/1", headers=OPS, json={"display_name": "B"})
        delete1 = await http.delete("/api/v1/domains/3", headers=keyed("d"))
        delete2 = await http.delete("/api/v1/domains/3", headers=keyed("d"))
    assert patch1.status_code == patch2.status_code == 200
    assert patch2.headers["x-idempotency-replayed"] == "true"
    assert unkeyed.status_code == 200 and unkeyed.json()["data"]["display_name"] == "B"
    assert delete1.status_code == delete2.status_code == 200
    assert delete2.headers["x-idempotency-replayed"] == "true"


async def test_concurrent_requests_with_one_key_execute_once(sb: Sandbox) -> None:
    responses: list[httpx.Response] = []
    limits = httpx.Limits(max_connections=20)
    async with httpx.AsyncClient(base_url=sb.url, limits=limits) as http:

        async def send() -> None:
            headers = {**keyed("same"), "X-Sandbox-Fault": "slow:0.05"}
            body = {"items": [{**ALICE, "local_part": f"u{i}"} for i in range(20)]}
            responses.append(await http.post("/api/v1/mailboxes:bulk", headers=headers, json=body))

        async with anyio.create_task_group() as group:
            for _ in range(10):
                group.start_soon(send)
    assert [r.status_code for r in responses] == [200] * 10
    replayed = [r for r in responses if r.headers.get("x-idempotency-replayed") == "true"]
    assert len(replayed) == 9
    assert len(sb.state.mailboxes) == 20
    assert sb.state.executions == 1


async def test_replay_redacts_one_time_secrets(sb: Sandbox) -> None:
    body = {"domain_id": 1, "local_part": "gen", "password_mode": "generated_one_time"}
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.post("/api/v1/mailboxes", headers=keyed("g"), json=body)
        second = await http.post("/api/v1/mailboxes", headers=keyed("g"), json=body)
    assert len(first.json()["data"]["password"]) >= 12
    assert second.json()["data"]["password"] == "<redacted>"
    assert second.json()["data"]["id"] == first.json()["data"]["id"]


async def test_the_same_json_in_another_key_order_replays(sb: Sandbox) -> None:
    reordered = dict(reversed(list(ALICE.items())))
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.post("/api/v1/mailboxes", headers=keyed("k2"), json=ALICE)
        second = await http.post("/api/v1/mailboxes", headers=keyed("k2"), json=reordered)
    assert first.status_code == second.status_code == 201
    assert second.headers["x-idempotency-replayed"] == "true"


async def test_validation_agrees_with_the_contract_and_names_each_field_once(
    sb: Sandbox,
) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        whole = await http.post(
            "/api/v1/mailboxes", headers=keyed("k3"), json={**ALICE, "domain_id": 1.0}
        )
        empty = await http.post("/api/v1/mailboxes", headers=keyed("k4"), json={})
    assert whole.status_code == 201  # 1.0 is an integer to JSON Schema, as to the contract
    errors = empty.json()["error"]["errors"]
    assert errors["domain_id"] == ["The domain_id field is required."]
    assert all(len(messages) == len(set(messages)) for messages in errors.values())
