"""The error envelope and the exception the handlers raise to produce it.

Shape (API overview, "Response format"; official client facts 1.7)::

    {"error": {"code", "message", "hint", "request_id", "retryable", ...extra}}

``hint`` is never empty and ``request_id`` always equals the response's ``X-Request-Id``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

__all__ = [
    "ApiError",
    "error_response",
    "json_bytes",
    "json_response",
    "not_found",
    "validation_error",
]

_DEFAULT_HINTS: dict[str, str] = {
    "unauthenticated": "Check that your token is correct and has not been revoked.",
    "insufficient_scope": "Create a token that holds the scope this endpoint requires.",
    "not_found": "Check the id or path; list the collection to find valid ids.",
    "method_not_allowed": "Check the HTTP method against the API reference for this path.",
    "validation_error": "Fix the fields listed in error.errors and send the request again.",
    "missing_idempotency_key": "Add an Idempotency-Key header to POST and PUT requests.",
    "idempotency_mismatch": "Use a new Idempotency-Key for a request with a different body.",
    "rate_limited": "Wait for the duration in the Retry-After header before retrying.",
    "already_exists": "Pick another name; this one is already taken in your account.",
    "storage_pool_exceeded": "Lower storage_allocation_mb or omit it to use the shared pool.",
    "domain_hosts_no_mailboxes": "Switch the domain's mail_hosting to trekmail first.",
    "invalid_json": "Send a JSON object body with Content-Type: application/json.",
    "internal_error": "Retry the request; it was not performed.",
    "service_unavailable": "Retry the request after a short wait.",
}

_JSON_HEADERS = {"content-type": "application/json"}


def json_bytes(obj: Any) -> bytes:
    """Serialise ``obj`` as compact UTF-8 JSON (bytes)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(
    obj: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A ``application/json`` `Response` holding ``obj``."""
    response = Response(json_bytes(obj), status_code=status, headers=headers)
    response.headers["content-type"] = "application/json"
    return response


class ApiError(Exception):
    """Raised by a handler to answer with the error envelope.

    Args:
        status: HTTP status (int).
        code: the envelope's machine code, such as ``validation_error``.
        message: a human sentence.
        hint: what to do about it; defaults to a per-code hint, never empty.
        retryable: the envelope's ``retryable`` flag.
        extra: more keys to put inside ``error`` (such as ``errors`` or ``retry_after``).
        headers: response headers to add (such as ``Retry-After``).
    """

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        hint: str | None = None,
        *,
        retryable: bool = False,
        extra: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint or _DEFAULT_HINTS.get(code) or "See the TrekMail API reference."
        self.retryable = retryable
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})

    def body(self, request_id: str) -> dict[str, Any]:
        """The envelope (a dict) for a response whose request id is ``request_id``."""
        error: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
            "request_id": request_id,
            "retryable": self.retryable,
        }
        error.update(self.extra)
        return {"error": error}

    def failed_row(self, index: int, email: str | None) -> dict[str, Any]:
        """This error as one failed row of a bulk result (official client facts, 1.7)."""
        row: dict[str, Any] = {"index": index, "email": email, "status": "failed"}
        row.update(reason=self.code, error=self.message)
        return row


def error_response(err: ApiError, request_id: str) -> Response:
    """The JSON `Response` for ``err``, with its status and headers."""
    headers = dict(err.headers)
    headers.update(_JSON_HEADERS)
    return Response(json_bytes(err.body(request_id)), status_code=err.status, headers=headers)


def validation_error(errors: Mapping[str, list[str]], message: str | None = None) -> ApiError:
    """A 422 ``validation_error`` whose ``error.errors`` maps each field to its messages."""
    if message is None:
        first = next(iter(errors.values()), ["The given data was invalid."])
        message = first[0] if first else "The given data was invalid."
    return ApiError(422, "validation_error", message, extra={"errors": dict(errors)})


def not_found(what: str = "Resource") -> ApiError:
    """A 404 ``not_found`` naming what was not found."""
    return ApiError(404, "not_found", f"{what} not found.")
