"""TrekMailAuth: token per operation, MissingTokenError before I/O, Idempotency-Key and
X-Request-Id, never a token to a foreign host."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from trekmail_client._auth import RequestContext, TrekMailAuth
from trekmail_client._client import TrekMail
from trekmail_client._exceptions import MissingTokenError, NotFoundError
from trekmail_client._registry import Registry
from trekmail_client._spec import OPERATIONS
from trekmail_client.api.mailboxes import get_mailbox, list_mailboxes, pause_mailbox
from trekmail_client.api.messages import list_messages

OPS = "tm_live_unit0test0token"
MSG = "tm_msg_unit0test0token"
BASE = "https://trekmail.net"
MSG_BODY = {"messages": [], "pagination": {"has_more": False, "next_before_uid": None}}
MAILBOX = {"data": {"id": 5, "email": "a@example.com"}}
LIST_BODY = {"data": [], "links": {"next": None}, "meta": {"current_page": 1, "last_page": 1}}

pytestmark = pytest.mark.anyio


async def test_ops_and_message_tokens_routed_by_operation(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        boxes = mock.get("/api/v1/mailboxes").respond(200, json=LIST_BODY)
        msgs = mock.get("/api/v1/messages").respond(200, json=MSG_BODY)
        await list_mailboxes.asyncio_detailed(client=tm)
        await list_messages.asyncio_detailed(client=tm)
    assert boxes.calls.last.request.headers["authorization"] == f"Bearer {OPS}"
    assert msgs.calls.last.request.headers["authorization"] == f"Bearer {MSG}"


async def test_routing_with_the_spec_registry() -> None:
    async with TrekMail(ops_token=OPS, message_token=MSG) as client:
        with respx.mock(base_url=BASE) as mock:
            boxes = mock.get("/api/v1/mailboxes").respond(200, json=LIST_BODY)
            msgs = mock.get("/api/v1/messages").respond(200, json=MSG_BODY)
            await list_mailboxes.asyncio_detailed(client=client)
            await list_messages.asyncio_detailed(client=client)
    assert boxes.calls.last.request.headers["authorization"] == f"Bearer {OPS}"
    assert msgs.calls.last.request.headers["authorization"] == f"Bearer {MSG}"


async def test_missing_message_token_raises_before_io() -> None:
    async with TrekMail(ops_token=OPS) as client:
        with respx.mock(base_url=BASE, assert_all_called=False) as mock:
            route = mock.get("/api/v1/messages")
            with pytest.raises(MissingTokenError) as info:
                await list_messages.asyncio_detailed(client=client)
            assert not route.called
    assert info.value.operation_id == "list_messages"
    assert info.value.token_type == "message"
    assert "needs a message token (tm_msg_)" in str(info.value)
    assert "TREKMAIL_MESSAGE_TOKEN" in str(info.value)


async def test_missing_ops_token_raises_before_io() -> None:
    async with TrekMail(message_token=MSG) as client:
        with respx.mock(base_url=BASE, assert_all_called=False) as mock:
            route = mock.get("/api/v1/mailboxes/5")
            with pytest.raises(MissingTokenError, match="get_mailbox needs an ops token"):
                await get_mailbox.asyncio_detailed(5, client=client)
            assert not route.called


@pytest.mark.parametrize(
    ("path", "token"),
    [
        ("/api/v1/messages/unlisted/thing", MSG),
        ("/api/v1/messages:odd", MSG),
        ("/api/v1/not-in-spec", OPS),
    ],
)
async def test_unknown_paths_fall_back(tm: TrekMail, path: str, token: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get(path).respond(200, json={})
        await tm.get_async_httpx_client().get(path)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {token}"


async def test_unknown_message_path_without_message_token() -> None:
    async with TrekMail(ops_token=OPS) as client:
        with pytest.raises(
            MissingTokenError, match=r"GET /api/v1/messages/x/y/z/w needs a message"
        ):
            await client.get_async_httpx_client().get("/api/v1/messages/x/y/z/w")


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
async def test_idempotency_key_added_on_writes(tm: TrekMail, method: str) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.route(method=method, path="/api/v1/mailboxes/5").respond(200, json={})
        await tm.get_async_httpx_client().request(method, "/api/v1/mailboxes/5", json={"a": 1})
    headers = route.calls.last.request.headers
    assert re.fullmatch(r"tmk_[0-9a-f]{32}", headers["idempotency-key"])
    assert re.fullmatch(r"[0-9a-f-]{36}", headers["x-request-id"])


async def test_no_idempotency_key_on_get(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").respond(200, json=MAILBOX)
        await get_mailbox.asyncio_detailed(5, client=tm)
    headers = route.calls.last.request.headers
    assert "idempotency-key" not in headers
    assert "x-request-id" in headers


async def test_callers_key_and_request_id_kept(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/api/v1/mailboxes/5:pause").respond(200, json={"status": "paused"})
        await pause_mailbox.asyncio_detailed(5, client=tm, idempotency_key="mine-1")
        await tm.get_async_httpx_client().post(
            "/api/v1/mailboxes/5:pause", headers={"X-Request-Id": "req-mine"}
        )
    first, second = (call.request.headers for call in route.calls)
    assert first["idempotency-key"] == "mine-1"
    assert second["x-request-id"] == "req-mine"
    assert first["x-request-id"] != second["x-request-id"]
    assert second["idempotency-key"] != first["idempotency-key"]


async def test_no_token_to_foreign_host(tm: TrekMail) -> None:
    with respx.mock() as mock:
        foreign = mock.get("https://evil.example/api/v1/mailboxes").respond(200, json={})
        other_port = mock.get("https://trekmail.net:8443/api/v1/mailboxes").respond(200, json={})
        plain = mock.get("http://trekmail.net/api/v1/mailboxes").respond(200, json={})
        http = tm.get_async_httpx_client()
        await http.get("https://evil.example/api/v1/mailboxes")
        await http.get("https://trekmail.net:8443/api/v1/mailboxes")
        await http.get("http://trekmail.net/api/v1/mailboxes")
        await http.get(
            "https://evil.example/api/v1/mailboxes", headers={"Authorization": "Bearer x"}
        )
    for route in (foreign, other_port, plain):
        for call in route.calls:
            assert "authorization" not in call.request.headers


async def test_base_url_with_path_prefix() -> None:
    async with TrekMail(
        base_url="https://proxy.example/tm/", ops_token=OPS, message_token=MSG
    ) as client:
        with respx.mock() as mock:
            route = mock.get("https://proxy.example/tm/api/v1/messages").respond(200, json={})
            await client.get_async_httpx_client().get("/api/v1/messages")
    assert route.calls.last.request.headers["authorization"] == f"Bearer {MSG}"


def test_auth_flow_sets_context_once(registry: Any) -> None:
    auth = TrekMailAuth(BASE, ops_token=OPS, registry=registry)
    request = httpx.Request("POST", f"{BASE}/api/v1/mailboxes/7:pause")
    flow = auth.auth_flow(request)
    sent = next(flow)
    ctx = sent.extensions["trekmail"]
    assert isinstance(ctx, RequestContext)
    assert ctx.operation_id == "pause_mailbox" and ctx.token_type == "ops"
    assert ctx.idempotency_key == sent.headers["idempotency-key"]
    assert ctx.request_id == sent.headers["x-request-id"]
    assert ctx.token_fingerprint is not None and OPS not in ctx.token_fingerprint
    assert OPS not in repr(auth) and OPS not in repr(ctx)


class _NoPathMatching(Registry):
    """The spec's registry, failing any lookup by (method, path)."""

    def match(self, method: str, path: str) -> Any:
        raise AssertionError(f"{method} {path} was matched by path, not found by id")


async def test_every_sdk_call_finds_its_operation_by_id(tmp_path: Path) -> None:
    # Module functions, resource methods, pagination, downloads and error answers: the
    # generated request names its operation, so no call matches paths against templates.
    seen: list[RequestContext] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["trekmail"])
        if request.url.path.endswith("/404"):
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "no"}})
        if request.url.path == "/api/v1/mailboxes":
            return httpx.Response(200, json=LIST_BODY)
        return httpx.Response(200, json=MAILBOX)

    registry = _NoPathMatching(OPERATIONS)
    async with TrekMail(
        ops_token=OPS, transport=httpx.MockTransport(answer), registry=registry
    ) as client:
        await get_mailbox.asyncio(5, client=client)
        await client.mailboxes.get(5)
        assert [m async for m in client.paginate(list_mailboxes)] == []
        assert [m async for m in client.mailboxes.list()] == []
        await client.download(get_mailbox, tmp_path / "mailbox.json", 5)
        with pytest.raises(NotFoundError):
            await get_mailbox.asyncio(404, client=client)
    assert [ctx.operation_id for ctx in seen] == [
        "get_mailbox",
        "get_mailbox",
        "list_mailboxes",
        "list_mailboxes",
        "get_mailbox",
        "get_mailbox",
    ]
