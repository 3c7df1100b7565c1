"""The per-route request pipeline: auth, rate limit, faults, scope, idempotency, handler.

Order for each request to a known route:

1. bearer token (401 ``unauthenticated``: missing, unknown, revoked, or the other token type;
   ``/api/v1/messages/...`` takes a ``tm_msg_`` token, everything else a ``tm_live_`` one);
2. per-token rate limit (429 ``rate_limited`` with ``Retry-After``; every authenticated request
   counts; ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` on every response);
3. fault injection (``X-Sandbox-Fault`` header, else the armed `FaultQueue` rules);
4. scope (403 ``insufficient_scope``);
5. idempotency for POST, PUT, PATCH and DELETE (422 ``missing_idempotency_key`` on POST and PUT
   without a key; replay with ``X-Idempotency-Replayed: true``; 409 ``idempotency_mismatch``);
6. the handler, synchronous, so state changes never interleave.

Handlers are plain functions ``(Call) -> Reply`` that raise `ApiError` for errors.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from ._errors import ApiError, error_response, json_bytes
from ._faults import Fault, parse_fault
from ._idempotency import fingerprint
from ._records import TokenRecord
from ._state import SandboxState

__all__ = ["Call", "Handler", "Reply", "both", "endpoint"]

_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_KEY_REQUIRED = frozenset({"POST", "PUT"})
_SECRET_KEYS = frozenset({"password", "one_time_password", "token", "invite_url"})
_REPLAY_HEADERS = ("content-type", "location")
_HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    "</h1></center><hr><center>sandbox-proxy</center></body></html>"
)


@dataclass(slots=True)
class Call:
    """What a handler gets.

    Attributes:
        request: the Starlette request.
        state: the sandbox state.
        token: the authenticated token.
        body: the parsed JSON body (None when empty).
        params: path parameters (``{id:int}`` values are ints).
        query: query parameters.
    """

    request: Request
    state: SandboxState
    token: TokenRecord
    body: Any
    params: dict[str, Any]
    query: QueryParams


@dataclass(slots=True)
class Reply:
    """What a handler returns.

    Attributes:
        body: the JSON body (None for an empty 204).
        status: HTTP status (int).
        headers: extra response headers.
        secret: the body holds one-time secrets, redacted to ``<redacted>`` in replays.
    """

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    secret: bool = False


Handler = Callable[[Call], Reply]


def both(payload: dict[str, Any]) -> dict[str, Any]:
    """``payload``'s keys at the top level and again under ``data``.

    Some documented responses are bare objects (``/me``, message reads, ``/messages/send``) and
    some callers expect the usual ``{data: ...}`` wrapper; the sandbox answers in both spellings.
    """
    merged = dict(payload)
    merged["data"] = payload
    return merged


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("<redacted>" if k in _SECRET_KEYS and isinstance(v, str) else _redact(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def request_id_of(request: Request) -> str:
    """The request id the context middleware assigned (``req_<hex>`` or the caller's)."""
    value = request.scope.get("sandbox.request_id")
    return value if isinstance(value, str) else "req_unknown"


async def abort_connection(request: Request) -> None:
    """Close the client's connection without a response (uvicorn's transport, aborted).

    Raises:
        ConnectionAbortedError: when not served by uvicorn (no transport to abort).
    """
    raw_send = request.scope.get("sandbox.raw_send")
    transport = getattr(getattr(raw_send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionAbortedError("sandbox fault: drop-after-commit")
    transport.abort()
    for _ in range(3):  # let connection_lost run, so the server sends nothing more
        await asyncio.sleep(0)


def _fault_response(fault: Fault) -> Response | ApiError | None:
    if fault.kind == "500-before-commit":
        return ApiError(500, "internal_error", "Injected failure before commit.", retryable=True)
    if fault.kind == "503":
        return ApiError(
            503, "service_unavailable", "Injected: service unavailable.", retryable=True
        )
    if fault.kind == "429":
        seconds = fault.seconds
        header = str(int(seconds)) if seconds == int(seconds) else f"{seconds:g}"
        return ApiError(
            429,
            "rate_limited",
            "Injected: rate limit exceeded.",
            retryable=True,
            extra={"retry_after": seconds},
            headers={"Retry-After": header},
        )
    if fault.kind == "html-502":
        return HTMLResponse(_HTML_502, status_code=502)
    return None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def endpoint(
    state: SandboxState, handler: Handler, *, kind: str, scope: str | None
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap ``handler`` in the pipeline for a route taking a ``kind`` token (``ops`` or
    ``message``) that needs ``scope`` (None: any valid token of that kind)."""
    wanted = "ops token (tm_live_...)" if kind == "ops" else "message token (tm_msg_...)"

    async def run(request: Request) -> Response:
        rid = request_id_of(request)
        rate_headers: dict[str, str] = {}
        try:
            response, drop = await _pipeline(request, rid, rate_headers)
        except ApiError as err:
            response, drop = error_response(err, rid), False
        response.headers.update(rate_headers)
        if drop:
            await abort_connection(request)
        return response

    async def _pipeline(
        request: Request, rid: str, rate_headers: dict[str, str]
    ) -> tuple[Response, bool]:
        secret = _bearer(request)
        record = state.tokens.get(secret) if secret else None
        if record is None or record.revoked_at is not None:
            raise ApiError(
                401,
                "unauthenticated",
                "Invalid or expired API token",
                f"Send 'Authorization: Bearer <token>' with a valid {wanted}.",
            )
        if record.kind != kind:
            raise ApiError(
                401,
                "unauthenticated",
                f"This endpoint requires an {wanted}.",
                f"Use your {wanted} here; ops and message tokens are separate.",
            )
        state.requests += 1
        decision = state.limiter.hit(record.token)
        rate_headers["X-RateLimit-Limit"] = str(decision.limit)
        rate_headers["X-RateLimit-Remaining"] = str(decision.remaining)
        if not decision.allowed:
            raise ApiError(
                429,
                "rate_limited",
                "Too many requests for this token.",
                retryable=True,
                extra={"retry_after": decision.retry_after},
                headers={"Retry-After": str(decision.retry_after)},
            )
        fault = _pick_fault(request)
        if fault is not None:
            if fault.kind == "slow":
                await asyncio.sleep(fault.seconds)
            elif fault.kind not in ("drop-after-commit", "slow-after-commit"):
                injected = _fault_response(fault)
                if isinstance(injected, ApiError):
                    raise injected
                assert injected is not None
                return injected, False
        if scope is not None and scope not in record.scopes:
            raise ApiError(
                403,
                "insufficient_scope",
                "Token is missing required scope",
                f"Create a token with the {scope} scope.",
                extra={"required_scope": scope},
            )
        drop = fault is not None and fault.kind == "drop-after-commit"
        hold = fault.seconds if fault is not None and fault.kind == "slow-after-commit" else 0.0
        method = request.method
        if method not in _MUTATING:
            response = _render(_execute(request, record, b""), rid)
        else:
            key = request.headers.get("idempotency-key")
            raw = await request.body()
            if not key:
                if method in _KEY_REQUIRED:
                    raise ApiError(
                        422,
                        "missing_idempotency_key",
                        f"{method} requests require an Idempotency-Key header.",
                    )
                state.executions += 1
                response = _render(_execute(request, record, raw), rid)
            else:
                response = await _keyed(request, record, key, raw, rid)
        if hold:
            await asyncio.sleep(hold)  # committed; the answer waits
        return response, drop

    async def _keyed(
        request: Request, record: TokenRecord, key: str, raw: bytes, rid: str
    ) -> Response:
        print_ = fingerprint(request.method, request.url.path, raw)
        async with state.idempotency.locked(record.token, key):
            stored = state.idempotency.get(record.token, key)
            if stored is not None:
                if stored.fingerprint != print_:
                    raise ApiError(
                        409,
                        "idempotency_mismatch",
                        "This Idempotency-Key was used with a different request.",
                        extra={"idempotency_key": key},
                    )
                state.idempotency.replays += 1
                headers = dict(stored.headers)
                headers["X-Idempotency-Replayed"] = "true"
                return Response(stored.body, status_code=stored.status, headers=headers)
            state.executions += 1
            reply = _execute(request, record, raw)
            response = _render(reply, rid)
            if response.status_code < 500:
                body = response.body
                if isinstance(reply, Reply) and reply.secret and reply.body is not None:
                    body = json_bytes(_redact(reply.body))
                kept = tuple((n, v) for n, v in response.headers.items() if n in _REPLAY_HEADERS)
                state.idempotency.put(
                    record.token, key, print_, response.status_code, bytes(body), kept
                )
            return response

    def _execute(request: Request, record: TokenRecord, raw: bytes) -> Reply | ApiError:
        body: Any = None
        if raw.strip():
            try:
                body = json.loads(raw)
            except ValueError:
                return ApiError(400, "invalid_json", "The request body is not valid JSON.")
        call = Call(request, state, record, body, request.path_params, request.query_params)
        try:
            return handler(call)
        except ApiError as err:
            return err

    def _pick_fault(request: Request) -> Fault | None:
        if state.config.allow_faults:
            header = request.headers.get("x-sandbox-fault")
            if header:
                try:
                    return parse_fault(header)
                except ValueError as exc:
                    raise ApiError(
                        400,
                        "invalid_fault",
                        str(exc),
                        "Use drop-after-commit, 500-before-commit, 503, html-502, "
                        "slow:SECONDS, slow-after-commit:SECONDS or 429:SECONDS.",
                    ) from None
        return state.faults.take(request.method, request.url.path)

    return run


def _render(result: Reply | ApiError, rid: str) -> Response:
    if isinstance(result, ApiError):
        return error_response(result, rid)
    if result.body is None:
        return Response(
            status_code=result.status if result.status != 200 else 204, headers=result.headers
        )
    headers = dict(result.headers)
    headers["content-type"] = "application/json"
    return Response(json_bytes(result.body), status_code=result.status, headers=headers)
