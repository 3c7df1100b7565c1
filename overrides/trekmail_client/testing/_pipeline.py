"""The request pipeline every request goes through, whatever its path.

Order (API overview, "Authentication", "Rate limits", "Idempotency"; the issue tracker's #11):

0. a sandbox that is stopping answers 503 ``service_unavailable`` (nothing done; see
   ``SandboxState.begin_stop``);
1. bearer token (401 ``unauthenticated``: missing, unknown, revoked or expired);
2. token type for the path (``/api/v1/messages...`` takes ``tm_msg_``, everything else
   ``tm_live_``): the other type is 403 ``insufficient_scope`` naming the right one;
3. per-token rate limit (429 ``rate_limited`` with ``Retry-After``; every authenticated request
   counts; ``X-RateLimit-Limit`` and ``X-RateLimit-Remaining`` on every response);
4. fault injection (``X-Sandbox-Fault`` header, else the armed `FaultQueue` rules, else the
   fault rates); a bad header, SECONDS over a day included, is 400 ``invalid_fault``;
5. routing from openapi.json (404 ``route_not_found``, 405 ``method_not_allowed``);
6. scope (403 ``insufficient_scope``);
7. the request against the contract: JSON body (400 ``invalid_json``), then path, query,
   header and body schemas (422 ``validation_error`` naming each bad field);
8. idempotency for POST, PUT, PATCH and DELETE (422 ``missing_idempotency_key`` on POST and PUT
   without a key, unless the operation is relaxed in `SandboxConfig`; replay with
   ``X-Idempotency-Replayed: true``; 409 ``idempotency_mismatch``);
9. the handler: the operation's stateful handler, else an answer built from the contract.
   Handlers are synchronous, so state changes never interleave.

Handlers are plain functions ``(Call) -> Reply`` that raise `ApiError` for errors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from ._connection import connection_of
from ._contract import Operation, contract
from ._errors import ApiError, error_response, json_bytes
from ._faults import Fault, parse_fault
from ._idempotency import fingerprint
from ._records import TokenRecord, now_iso
from ._state import SandboxState

__all__ = ["Call", "Dispatcher", "Handler", "Reply", "both", "contract_reply"]

_ENDS_CONNECTION = frozenset({"drop-after-commit", "reset"})
_MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_KEY_REQUIRED = frozenset({"POST", "PUT"})
_SECRET_KEYS = frozenset({"password", "one_time_password", "token", "invite_url"})
_REPLAY_HEADERS = ("content-type", "location")
_HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
    "</h1></center><hr><center>sandbox-proxy</center></body></html>"
)
_HTML_200 = (
    "<html><head><title>Please wait</title></head><body><h1>Checking your browser</h1>"
    "<p>sandbox-proxy</p></body></html>"
)


@dataclass(slots=True)
class Call:
    """What a handler gets.

    Attributes:
        request: the Starlette request.
        state: the sandbox state.
        token: the authenticated token.
        body: the parsed JSON body (None when empty).
        params: path parameters, converted to their schema types (ids are ints).
        query: the raw query parameters (Starlette ``QueryParams``).
        operation: the contract's operation being answered.
        typed_query: the declared query parameters present, converted to their schema types.
        row_errors: for a bulk operation (one that declares 207), the contract's complaints
            about single rows by row index; the handler fails those rows alone.
        has_body: a request body was sent.
    """

    request: Request
    state: SandboxState
    token: TokenRecord
    body: Any
    params: dict[str, Any]
    query: QueryParams
    operation: Operation
    typed_query: dict[str, Any] = field(default_factory=dict)
    row_errors: dict[int, dict[str, list[str]]] = field(default_factory=dict)
    has_body: bool = False


@dataclass(slots=True)
class Reply:
    """What a handler returns.

    Attributes:
        body: the JSON body (None for an empty 204).
        status: HTTP status (int).
        headers: extra response headers.
        secret: the body holds one-time secrets, redacted to ``<redacted>`` in replays.
        media_type: the content type when ``body`` is bytes.
    """

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    secret: bool = False
    media_type: str = "application/json"


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


def route_path(request: Request) -> str:
    """The request's path below the app's mount point (``/api/v1/...`` also when the sandbox
    is mounted inside another app, which sets ``root_path``)."""
    path: str = request.scope["path"]
    root: str = request.scope.get("root_path", "")
    if root and path.startswith(root) and path[len(root) : len(root) + 1] in ("/", ""):
        return path[len(root) :] or "/"
    return path


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


def _stopping() -> ApiError:
    return ApiError(
        503,
        "service_unavailable",
        "The sandbox is stopping; it takes no new requests and did nothing.",
        "Start the sandbox again, then retry the request.",
        retryable=True,
        headers={"Connection": "close"},
    )


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


_WANTED = {"ops": "ops token (tm_live_...)", "message": "message token (tm_msg_...)"}


class Dispatcher:
    """The one endpoint of the sandbox: runs the pipeline for every request.

    Args:
        state: the sandbox state.
        handlers: stateful handlers by operation id; every other operation of the contract is
            answered from its success schema and examples.
    """

    def __init__(self, state: SandboxState, handlers: Mapping[str, Handler]) -> None:
        self.state = state
        self.contract = contract()
        unknown = set(handlers) - set(self.contract.by_id)
        if unknown:
            raise ValueError(f"handlers for operations not in openapi.json: {sorted(unknown)}")
        self.handlers = dict(handlers)

    async def handle(self, request: Request) -> Response:
        """Answer one request (the Starlette endpoint)."""
        rid = request_id_of(request)
        rate_headers: dict[str, str] = {}
        try:
            response, drop = await self._pipeline(request, rid, rate_headers)
        except ApiError as err:
            response, drop = error_response(err, rid), False
        response.headers.update(rate_headers)
        if drop:
            connection = connection_of(request.scope)
            assert connection is not None  # checked before the request was carried out
            await connection.abort()
        return response

    def _authenticate(self, request: Request) -> TokenRecord:
        path = route_path(request)
        kind = self.contract.kind_of(path)
        secret = _bearer(request)
        record = self.state.tokens.get(secret) if secret else None
        expired = record is not None and record.expires_at is not None
        if expired and record is not None and record.expires_at is not None:
            expired = record.expires_at < now_iso()
        if record is None or record.revoked_at is not None or expired:
            raise ApiError(
                401,
                "unauthenticated",
                "Invalid or expired API token",
                f"Send 'Authorization: Bearer <token>' with a valid {_WANTED[kind]}.",
            )
        if record.kind != kind:
            raise ApiError(
                403,
                "insufficient_scope",
                f"This endpoint requires an {_WANTED[kind]}; this is an {_WANTED[record.kind]}.",
                f"Use your {_WANTED[kind]} here; ops and message tokens are separate.",
            )
        return record

    async def _pipeline(
        self, request: Request, rid: str, rate_headers: dict[str, str]
    ) -> tuple[Response, bool]:
        state = self.state
        if state.stopping:
            raise _stopping()
        record = self._authenticate(request)
        state.requests += 1
        decision = state.limiter.hit(record.token)
        rate_headers["X-RateLimit-Limit"] = str(decision.limit)
        rate_headers["X-RateLimit-Remaining"] = str(decision.remaining)
        if not decision.allowed:
            state.rate_limited += 1
            raise ApiError(
                429,
                "rate_limited",
                "Too many requests for this token.",
                retryable=True,
                extra={"retry_after": decision.retry_after},
                headers={"Retry-After": str(decision.retry_after)},
            )
        if state.in_outage() and route_path(request).startswith("/api/v1/"):
            wait = state.outage_retry_after
            raise ApiError(
                503,
                "service_unavailable",
                "Sandbox outage: service unavailable.",
                retryable=True,
                headers=None if wait is None else {"Retry-After": str(wait)},
            )
        fault = self._pick_fault(request)
        if fault is not None and fault.kind in _ENDS_CONNECTION:
            connection = connection_of(request.scope)
            if connection is None or not connection.can_abort:
                raise ApiError(
                    500,
                    "fault_unavailable",
                    f"Sandbox fault {fault.kind} cannot end the connection: the server's own "
                    "send is hidden by an ASGI app wrapped around the sandbox; nothing was done.",
                    "Serve it with Sandbox(wrap=...), pass your middleware to "
                    "create_app(middleware=[...]), or put SandboxConnectionMiddleware outermost.",
                )
        if fault is not None:
            if fault.kind == "slow":
                if not await state.hold(fault.seconds):
                    raise _stopping()  # the sandbox is stopping; nothing was done
            elif fault.kind == "reset":
                return Response(status_code=500), True  # aborted before anything is done
            elif fault.kind not in ("drop-after-commit", "slow-after-commit", "html-200"):
                injected = _fault_response(fault)
                if isinstance(injected, ApiError):
                    if injected.status == 429:
                        state.rate_limited += 1
                    raise injected
                assert injected is not None
                return injected, False
        op, raw_params = self._route(request)
        missing = [s for s in (op.scope or "").split("&") if s and s not in record.scopes]
        if missing:
            raise ApiError(
                403,
                "insufficient_scope",
                "Token is missing required scope",
                f"Create a token with the {' and '.join(missing)} scope.",
                extra={"required_scope": op.scope},
            )
        raw = await request.body() if request.method in _MUTATING else b""
        body: Any = None
        if raw.strip():
            try:
                body = json.loads(raw)
            except ValueError:
                raise ApiError(400, "invalid_json", "The request body is not valid JSON.") from None
        call = Call(request, state, record, body, raw_params, request.query_params, op)
        call.has_body = bool(raw.strip())
        drop = fault is not None and fault.kind == "drop-after-commit"
        hold = fault.seconds if fault is not None and fault.kind == "slow-after-commit" else 0.0
        if request.method not in _MUTATING:
            response = _render(self._execute(call), rid)
        else:
            key = request.headers.get("idempotency-key")
            if not key:
                relaxed = op.operation_id in state.config.relaxed_idempotency
                if request.method in _KEY_REQUIRED and not relaxed:
                    raise ApiError(
                        422,
                        "missing_idempotency_key",
                        f"{request.method} requests require an Idempotency-Key header.",
                    )
                state.executions += 1
                response = _render(self._execute(call), rid)
            else:
                response = await self._keyed(call, key, raw, rid)
        if hold:
            await state.hold(hold)  # committed; the answer waits (not past a stop)
        if fault is not None and fault.kind == "html-200":
            # committed (and stored for replay); a proxy's page replaces the answer
            response = HTMLResponse(_HTML_200, status_code=200)
        return response, drop

    def _route(self, request: Request) -> tuple[Operation, dict[str, str]]:
        method = "GET" if request.method == "HEAD" else request.method
        path = route_path(request)
        op, params, allowed = self.contract.match(method, path)
        if op is not None:
            return op, params
        if allowed:
            methods = ", ".join(sorted(set(allowed)))
            raise ApiError(
                405,
                "method_not_allowed",
                f"{request.method} is not allowed on {path}.",
                f"Allowed methods: {methods}.",
                headers={"Allow": methods},
            )
        raise ApiError(
            404,
            "route_not_found",
            f"No route for {request.method} {path}.",
            "Check the path against the TrekMail API reference (/api/v1/...).",
        )

    async def _keyed(self, call: Call, key: str, raw: bytes, rid: str) -> Response:
        state = self.state
        request = call.request
        token = call.token.token
        print_ = fingerprint(request.method, route_path(request), raw)
        async with state.idempotency.locked(token, key):
            stored = state.idempotency.get(token, key)
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
            reply = self._execute(call)
            response = _render(reply, rid)
            if response.status_code < 500:
                body = response.body
                if isinstance(reply, Reply) and reply.secret and reply.body is not None:
                    body = json_bytes(_redact(reply.body))
                kept = tuple((n, v) for n, v in response.headers.items() if n in _REPLAY_HEADERS)
                state.idempotency.put(token, key, print_, response.status_code, bytes(body), kept)
            return response

    def _execute(self, call: Call) -> Reply | ApiError:
        """Validate against the contract, then run the handler (a 422 is a result like any
        other, so a keyed request stores and replays it)."""
        handler = self.handlers.get(call.operation.operation_id)
        request = call.request
        try:
            call.params, call.typed_query, call.row_errors = self.contract.validate(
                call.operation,
                call.params,
                request.query_params,
                request.headers,
                call.body,
                call.has_body,
            )
            if handler is not None:
                return handler(call)
            return contract_reply(call)
        except ApiError as err:
            return err

    def _pick_fault(self, request: Request) -> Fault | None:
        state = self.state
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
                        "Use drop-after-commit (alias drop), 500-before-commit (aliases 5xx, "
                        "500), 503, html-502, html-200, reset, slow:SECONDS, "
                        "slow-after-commit:SECONDS or 429:SECONDS, with SECONDS from 0 to "
                        "86400 (one day).",
                    ) from None
        armed = state.faults.take(request.method, route_path(request))
        if armed is not None:
            return armed
        return state.fault_rates.take(request.method, route_path(request))


def contract_reply(call: Call) -> Reply:
    """The answer built from the contract for ``call.operation``: its lowest 2xx status and a
    body made from its success schema and examples (empty for 204; a few bytes for binary
    and text media types)."""
    op = call.operation
    if op.success_type is None:
        return Reply(None, status=op.success)
    if op.success_type != "application/json":
        return Reply(b"sandbox\n", status=op.success, media_type=op.success_type)
    return Reply(contract().sample(op), status=op.success)


def _render(result: Reply | ApiError, rid: str) -> Response:
    if isinstance(result, ApiError):
        return error_response(result, rid)
    if result.body is None:
        return Response(
            status_code=result.status if result.status != 200 else 204, headers=result.headers
        )
    if isinstance(result.body, bytes):
        return Response(
            result.body,
            status_code=result.status,
            headers=result.headers,
            media_type=result.media_type,
        )
    headers = dict(result.headers)
    headers["content-type"] = "application/json"
    return Response(json_bytes(result.body), status_code=result.status, headers=headers)
