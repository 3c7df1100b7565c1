"""Sandbox: bearer tokens, scopes, the error envelope and X-Request-Id."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from trekmail_client.testing import DEMO_MESSAGE_TOKEN, DEMO_OPS_TOKEN, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
MSG = {"Authorization": f"Bearer {DEMO_MESSAGE_TOKEN}"}


def assert_envelope(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"] and error["hint"]
    assert isinstance(error["retryable"], bool)
    assert error["request_id"] == response.headers["x-request-id"]
    return dict(error)


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox(
        ops_tokens={DEMO_OPS_TOKEN: ("domains:read",), "tm_live_reader": ("mailboxes:read",)}
    )


async def test_missing_token_is_401(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        error = assert_envelope(await http.get("/api/v1/domains"), 401, "unauthenticated")
    assert error["retryable"] is False


@pytest.mark.parametrize(
    "header",
    ["Bearer tm_live_unknown", "Bearer nope_abc", "Basic dXNlcjpwYXNz", "Bearer", "tm_live_x"],
)
async def test_unknown_or_malformed_token_is_401(sb: Sandbox, header: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.get("/api/v1/domains", headers={"Authorization": header})
    assert_envelope(response, 401, "unauthenticated")


async def test_message_token_on_ops_endpoint_is_403_naming_the_type(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        error = assert_envelope(
            await http.get("/api/v1/domains", headers=MSG), 403, "insufficient_scope"
        )
    assert "tm_live_" in error["message"]


async def test_ops_token_on_message_endpoint_is_403_naming_the_type(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        error = assert_envelope(
            await http.get("/api/v1/messages", headers=OPS), 403, "insufficient_scope"
        )
    assert "tm_msg_" in error["message"]


async def test_missing_scope_is_403(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        assert (await http.get("/api/v1/domains", headers=OPS)).status_code == 200
        response = await http.get("/api/v1/mailboxes", headers=OPS)
        error = assert_envelope(response, 403, "insufficient_scope")
        reader = {"Authorization": "Bearer tm_live_reader"}
        assert (await http.get("/api/v1/mailboxes", headers=reader)).status_code == 200
    assert error["required_scope"] == "mailboxes:read"


async def test_me_reports_scopes(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        body = (await http.get("/api/v1/me", headers=OPS)).json()["data"]
    assert body["capabilities"]["effective_scopes"] == ["domains:read"]
    assert body["token"]["prefix"] == DEMO_OPS_TOKEN[:12]
    assert DEMO_OPS_TOKEN not in str(body)
    assert body["account"]["plan"]


async def test_request_id_is_echoed_on_success_and_error(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        ok = await http.get("/api/v1/domains", headers={**OPS, "X-Request-Id": "my-id-1"})
        bad = await http.get("/api/v1/domains", headers={"X-Request-Id": "my-id-2"})
    assert ok.headers["x-request-id"] == "my-id-1"
    assert bad.headers["x-request-id"] == "my-id-2"
    assert bad.json()["error"]["request_id"] == "my-id-2"


async def test_request_id_is_generated_when_absent(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        first = await http.get("/api/v1/domains", headers=OPS)
        second = await http.get("/api/v1/domains", headers=OPS)
    assert first.headers["x-request-id"].startswith("req_")
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


async def test_unknown_route_and_wrong_method_are_envelopes(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        nothing = await http.get("/api/v1/nothing-here", headers=OPS)
        assert_envelope(nothing, 404, "route_not_found")
        assert_envelope(await http.get("/", headers=OPS), 404, "route_not_found")
        response = await http.put("/api/v1/domains", headers=OPS, json={})
        assert_envelope(response, 405, "method_not_allowed")
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["allow"].split(",")}


async def test_unknown_id_is_404(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        assert_envelope(await http.get("/api/v1/domains/999", headers=OPS), 404, "not_found")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/nothing-here",  # no such route
        "/api/v1/messages/drafts/7",  # a message route without GET
        "/api/v1/drive/addon",  # a contract-built operation
        "/api/v1/mailboxes/5:pause",  # a POST-only route
    ],
)
async def test_auth_is_checked_before_routing(sb: Sandbox, path: str) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        missing = await http.get(path)
        wrong = await http.get(path, headers={"Authorization": "Bearer tm_live_unknown"})
    assert_envelope(missing, 401, "unauthenticated")
    assert_envelope(wrong, 401, "unauthenticated")


async def test_wrong_token_type_is_403_on_known_and_unknown_paths(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        ops_on_messages = await http.get("/api/v1/messages/no-such-thing/x", headers=OPS)
        msg_on_ops = await http.get("/api/v1/no-such-thing", headers=MSG)
        msg_on_drive = await http.get("/api/v1/drive/addon", headers=MSG)
    assert_envelope(ops_on_messages, 403, "insufficient_scope")
    assert_envelope(msg_on_ops, 403, "insufficient_scope")
    assert_envelope(msg_on_drive, 403, "insufficient_scope")


async def test_scope_is_checked_on_contract_built_operations(sb: Sandbox) -> None:
    async with httpx.AsyncClient(base_url=sb.url) as http:
        response = await http.get("/api/v1/tickets", headers=OPS)  # OPS holds domains:read only
    error = assert_envelope(response, 403, "insufficient_scope")
    assert error["required_scope"] == "tickets:read"
