"""Sandbox: every fault kind works behind user middleware, inside the app or around it.

Each stack serves the sandbox over real HTTP with other ASGI middleware in the way: GZip,
CORS and a ``BaseHTTPMiddleware`` inside the app (``Sandbox(middleware=...)``), a pure ASGI
middleware and GZip wrapped around it (``Sandbox(wrap=...)``), and the sandbox mounted under a
prefix in another Starlette app with its own ``BaseHTTPMiddleware``. Each fault is checked by
what the client sees and by what the sandbox holds afterwards (the sandbox-only count).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox, SandboxConfig, create_app

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

OPS = {"Authorization": f"Bearer {DEMO_OPS_TOKEN}"}
CLIENT_TIMEOUT = 0.3  # seconds; the slow fault holds its committed answer for 10 times that
_names = itertools.count()


class Stamp(BaseHTTPMiddleware):
    """A BaseHTTPMiddleware (it streams the answer through a task of its own)."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers["x-stamp"] = "base-http"
        return response


class PureStamp:
    """A plain ASGI middleware that wraps ``send`` (as most do)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), (b"x-stamp", b"pure-asgi")]
            await send(message)

        await self.app(scope, receive, stamped)


def _mounted(app: ASGIApp) -> ASGIApp:
    return Starlette(routes=[Mount("/trekmail", app=app)], middleware=[Middleware(Stamp)])


# name: (Sandbox keyword arguments, URL prefix, extra request headers, the middleware's mark)
STACKS: dict[str, tuple[dict[str, Any], str, dict[str, str], tuple[str, str]]] = {
    "gzip inside": (
        {"middleware": [Middleware(GZipMiddleware, minimum_size=1)]},
        "",
        {"Accept-Encoding": "gzip"},
        ("content-encoding", "gzip"),
    ),
    "cors inside": (
        {"middleware": [Middleware(CORSMiddleware, allow_origins=["*"], allow_headers=["*"])]},
        "",
        {"Origin": "http://app.example"},
        ("access-control-allow-origin", "*"),
    ),
    "base-http inside": ({"middleware": [Middleware(Stamp)]}, "", {}, ("x-stamp", "base-http")),
    "pure asgi and gzip around": (
        {"wrap": lambda app: GZipMiddleware(PureStamp(app), minimum_size=1)},
        "",
        {"Accept-Encoding": "gzip"},
        ("x-stamp", "pure-asgi"),
    ),
    "mounted in another app": ({"wrap": _mounted}, "/trekmail", {}, ("x-stamp", "base-http")),
}


async def _count(http: httpx.AsyncClient) -> dict[str, int]:
    answer = await http.get("/_sandbox/mailboxes/count")
    assert answer.status_code == 200
    data: dict[str, int] = answer.json()
    return data


async def _eventually(check: Callable[[], Awaitable[bool]]) -> None:
    """Bounded polling with a generous limit (the server may still be finishing)."""
    for _ in range(600):
        if await check():
            return
        await anyio.sleep(0.05)
    raise AssertionError("the sandbox never reached the expected state")


async def _create(
    http: httpx.AsyncClient, fault: str | None, key: str, name: str, wait: float | None = None
) -> httpx.Response:
    headers = {**OPS, "Idempotency-Key": key}
    if fault:
        headers["X-Sandbox-Fault"] = fault
    body = {"domain_id": 1, "local_part": name, "password": "Abcdefgh1234"}
    if wait is None:
        return await http.post("/api/v1/mailboxes", json=body, headers=headers)
    return await http.post("/api/v1/mailboxes", json=body, headers=headers, timeout=wait)


@pytest.mark.parametrize("stack", list(STACKS))
async def test_every_fault_kind_behind_middleware(stack: str) -> None:
    kwargs, prefix, extra, (mark, value) = STACKS[stack]
    config = SandboxConfig(rate_limit_per_minute=100_000, seed_message_mailbox=False)
    async with (
        Sandbox(config, **kwargs) as sb,
        httpx.AsyncClient(
            base_url=sb.url + prefix,
            headers=extra,
            timeout=httpx.Timeout(CLIENT_TIMEOUT * 20, connect=10.0),
        ) as http,
    ):

        async def created(fault: str | None, commits: bool) -> tuple[str, str, int]:
            """A fresh key and name for a create with ``fault``, and the count expected after
            it (one more when the fault commits)."""
            before = (await _count(http))["mailboxes"]
            name = f"m{next(_names)}"
            return f"key-{name}", name, before + (1 if commits else 0)

        # the middleware is really in the way
        plain = await http.get("/api/v1/domains", headers=OPS)
        assert plain.status_code == 200 and plain.headers.get(mark) == value

        # drop after commit: no answer; the mailbox exists; the same key replays it
        key, name, want = await created("drop-after-commit", True)
        with pytest.raises(httpx.TransportError):
            await _create(http, "drop-after-commit", key, name)
        assert (await _count(http))["mailboxes"] == want
        again = await _create(http, None, key, name)
        assert again.status_code == 201 and again.headers["x-idempotency-replayed"] == "true"
        assert (await _count(http))["mailboxes"] == want

        # reset: no answer, nothing done; the same key then creates it once
        key, name, want = await created("reset", False)
        with pytest.raises(httpx.TransportError):
            await _create(http, "reset", key, name)
        assert (await _count(http))["mailboxes"] == want
        again = await _create(http, None, key, name)
        assert again.status_code == 201 and "x-idempotency-replayed" not in again.headers
        assert (await _count(http))["mailboxes"] == want + 1

        # 500 before commit, 503: a JSON error envelope, nothing done
        for fault, status, code in (
            ("500-before-commit", 500, "internal_error"),
            ("503", 503, "service_unavailable"),
        ):
            key, name, want = await created(fault, False)
            answer = await _create(http, fault, key, name)
            assert answer.status_code == status
            assert answer.json()["error"]["code"] == code
            assert (await _count(http))["mailboxes"] == want

        # HTML 502 from a "proxy": nothing done
        key, name, want = await created("html-502", False)
        answer = await _create(http, "html-502", key, name)
        assert answer.status_code == 502
        assert answer.headers["content-type"].startswith("text/html")
        assert "<html>" in answer.text
        assert (await _count(http))["mailboxes"] == want

        # HTML 200: committed, the real answer replaced by a page; the same key replays JSON
        key, name, want = await created("html-200", True)
        answer = await _create(http, "html-200", key, name)
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/html")
        assert "<html>" in answer.text
        assert (await _count(http))["mailboxes"] == want
        again = await _create(http, None, key, name)
        assert again.status_code == 201 and again.json()["data"]["email"].startswith(name)

        # 429 with Retry-After: nothing done, counted by the sandbox
        key, name, want = await created("429:7", False)
        limited = (await _count(http))["rate_limited"]
        answer = await _create(http, "429:7", key, name)
        assert answer.status_code == 429 and answer.headers["retry-after"] == "7"
        counts = await _count(http)
        assert counts["mailboxes"] == want and counts["rate_limited"] == limited + 1

        # an outage: 503 with the configured Retry-After, nothing done
        key, name, want = await created(None, False)
        sb.state.start_outage(3600, retry_after=5)
        answer = await _create(http, None, key, name)
        sb.state.start_outage(0)
        assert answer.status_code == 503 and answer.headers["retry-after"] == "5"
        assert answer.json()["error"]["code"] == "service_unavailable"
        assert (await _count(http))["mailboxes"] == want

        # slow after commit: the answer is held past the client's timeout; the write is not
        key, name, want = await created("slow-after-commit", True)
        with pytest.raises(httpx.ReadTimeout):
            await _create(
                http, f"slow-after-commit:{CLIENT_TIMEOUT * 10:g}", key, name, CLIENT_TIMEOUT
            )

        async def committed() -> bool:
            return (await _count(http))["mailboxes"] == want

        await _eventually(committed)
        again = await _create(http, None, key, name)
        assert again.status_code == 201 and again.headers["x-idempotency-replayed"] == "true"
        assert (await _count(http))["mailboxes"] == want


async def test_without_the_connection_layer_the_connection_faults_refuse_cleanly() -> None:
    """Served by something that hides the server's send (here httpx's in-process ASGI
    transport, around GZip), drop and reset cannot end the connection: they are refused with a
    500 naming the fix, before anything is done."""
    app = GZipMiddleware(create_app(SandboxConfig(seed_message_mailbox=False)), minimum_size=1)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http:
        for fault in ("drop-after-commit", "reset"):
            answer = await _create(http, fault, f"key-{fault}", f"n{next(_names)}")
            assert answer.status_code == 500
            error = answer.json()["error"]
            assert error["code"] == "fault_unavailable"
            assert "SandboxConnectionMiddleware" in error["hint"]
        assert (await _count(http))["mailboxes"] == 0
