"""Request context: the ``X-Request-Id`` of every response, and envelopes for errors that no
route produced (unknown path 404, wrong method 405, unexpected exception 500).

TrekMail echoes the caller's ``X-Request-Id`` or makes one up, on every response, and the
envelope's ``request_id`` equals it (API overview, "Request IDs").
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._errors import ApiError, error_response, json_bytes

__all__ = ["RequestContextMiddleware", "http_exception_handler", "new_request_id"]

_log = logging.getLogger("trekmail_client.testing")
_REQUEST_ID = b"x-request-id"


def new_request_id() -> str:
    """A fresh request id, ``req_`` and 24 hex digits."""
    return "req_" + secrets.token_hex(12)


def _acceptable(value: bytes) -> bool:
    return 0 < len(value) <= 200 and all(33 <= c <= 126 for c in value)


class RequestContextMiddleware:
    """ASGI middleware of the sandbox app, just inside `SandboxConnectionMiddleware`.

    It puts the request id in ``scope["sandbox.request_id"]``, adds ``X-Request-Id`` to every
    response, and turns an unexpected exception into a 500 ``internal_error`` envelope.

    Args:
        app: the ASGI app to wrap.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = None
        for name, value in scope["headers"]:
            if name == _REQUEST_ID:
                given = value
                break
        rid = given.decode() if given is not None and _acceptable(given) else new_request_id()
        scope["sandbox.request_id"] = rid
        header = (_REQUEST_ID, rid.encode())
        started = False

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            _log.exception("unexpected error in the sandbox (request %s)", rid)
            if started:
                raise
            err = ApiError(
                500,
                "internal_error",
                "Unexpected sandbox error.",
                "Retry the request; report the request id if it persists.",
                retryable=True,
            )
            body = json_bytes(err.body(rid))
            await send_with_id(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send_with_id({"type": "http.response.body", "body": body})


async def http_exception_handler(request: Request, exc: Any) -> Response:
    """Starlette's 404 / 405 (and other `HTTPException`) as the error envelope."""
    rid = request.scope.get("sandbox.request_id", "req_unknown")
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        err = ApiError(
            404,
            "not_found",
            f"No route for {request.method} {request.url.path}.",
            "Check the path against the TrekMail API reference (/api/v1/...).",
        )
    elif status == 405:
        allowed = (exc.headers or {}).get("Allow", "") if isinstance(exc, HTTPException) else ""
        err = ApiError(
            405,
            "method_not_allowed",
            f"{request.method} is not allowed on {request.url.path}.",
            f"Allowed methods: {allowed}." if allowed else None,
            headers={"Allow": allowed} if allowed else None,
        )
    else:
        detail = exc.detail if isinstance(exc, HTTPException) else "Error."
        err = ApiError(status, "http_error", str(detail), retryable=status >= 500)
    return error_response(err, str(rid))
