"""Reading an error response: the error envelope, the status-to-class table, snippets.

The envelope is TrekMail's (API overview, "Error responses follow a consistent structure":
``{"error": {"code", "message", "hint", "request_id", "retryable"}}``), read as the official
client reads it (official client facts, section 1.7).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IdempotencyConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = ["NOT_JSON", "decode_json", "error_class_for", "error_from_response", "snippet"]

SNIPPET_CHARS = 200
_ENVELOPE_KEYS = ("code", "message", "hint", "request_id", "retryable")


_STATUS_TABLE: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def error_class_for(status: int, code: str) -> type[APIStatusError]:
    """Return the exception class for a status (and code): the table above, any other
    5xx -> :class:`InternalServerError`, else :class:`APIStatusError`."""
    if status == 409 and code == "idempotency_mismatch":
        return IdempotencyConflictError
    cls = _STATUS_TABLE.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return InternalServerError
    return APIStatusError


def snippet(body: bytes | str, limit: int = SNIPPET_CHARS) -> str:
    """Return the first ``limit`` characters of a body as one line of text."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    return " ".join(text[:limit].split())


def _bulk_summary(body: Mapping[str, Any]) -> tuple[str, str]:
    results = [r for r in body.get("results", []) if isinstance(r, Mapping)]
    reasons = {str(r.get("reason") or r.get("error") or "failed") for r in results}
    code = reasons.pop() if len(reasons) == 1 else "bulk_all_failed"
    counts = body.get("counts")
    failed = len(results)
    total: Any = body.get("total")
    if isinstance(counts, Mapping):
        failed = int(counts.get("failed", failed) or failed)
        total = failed + int(counts.get("created", 0) or 0)
    if not isinstance(total, int):
        total = len(results)
    first = next((str(r.get("error") or r.get("reason")) for r in results), "")
    return code, f"{failed} of {total} rows failed: {first}".rstrip(": ")


#: What :func:`decode_json` returns for a body that is not JSON.
NOT_JSON: Final[Any] = object()
_UNDECODED: Final[Any] = object()


def decode_json(raw: bytes) -> Any:
    """The JSON value of a body: ``None`` for an empty one, :data:`NOT_JSON` when it is not
    JSON (bad syntax or encoding)."""
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return NOT_JSON


def error_from_response(
    response: httpx.Response,
    *,
    idempotency_key: str | None = None,
    retry_after: float | None = None,
    request: httpx.Request | None = None,
    decoded: Any = _UNDECODED,
) -> APIStatusError:
    """Build the typed exception for an error response (the body must already be read).

    Args:
        response: an ``httpx.Response`` with status >= 400 whose content is loaded
            (``await response.aread()``).
        idempotency_key: the key the request carried; defaults to the request's
            ``Idempotency-Key`` header when the response has a request.
        retry_after: seconds to wait, if the caller already parsed it.
        request: the request (a transport's response does not carry it yet).
        decoded: the body as :func:`decode_json` returned it, when the caller decoded it
            already (the retry transport does, for Retry-After); decoded here otherwise.

    Returns:
        An :class:`APIStatusError` subclass chosen by status (and code for 409). Never raises on a
        malformed body: a non-JSON body gives code ``"non_json_response"`` and a hint with the
        first 200 characters.
    """
    status = response.status_code
    headers = response.headers
    if request is None:
        try:
            request = response.request
        except RuntimeError:
            request = None
    if idempotency_key is None and request is not None:
        idempotency_key = request.headers.get("idempotency-key")
    raw = response.content
    body: Any = decode_json(raw) if decoded is _UNDECODED else decoded
    if body is NOT_JSON:
        text = scrub_tokens(snippet(raw))
        cls = error_class_for(status, "non_json_response")
        return cls(
            f"API returned a non-JSON response with HTTP {status}.",
            status=status,
            code="non_json_response",
            hint=f"First {SNIPPET_CHARS} chars: {text}" if text else None,
            request_id=headers.get("x-request-id"),
            retry_after=retry_after,
            headers=headers,
            body=text,
            idempotency_key=idempotency_key,
            request=request,
            response=response,
        )

    extra: dict[str, Any] = {}
    envelope: Mapping[str, Any]
    code: str | None = None
    message: str | None = None
    if isinstance(body, Mapping) and isinstance(body.get("error"), Mapping):
        envelope = body["error"]
        extra.update({k: v for k, v in envelope.items() if k not in _ENVELOPE_KEYS})
        extra.update({k: v for k, v in body.items() if k != "error"})
    elif isinstance(body, Mapping):
        envelope = body
        extra.update({k: v for k, v in body.items() if k not in _ENVELOPE_KEYS})
        if status == 422 and isinstance(body.get("results"), list) and "code" not in body:
            code, message = _bulk_summary(body)
    else:
        envelope = {}
        if body is not None:
            extra["body"] = body
        if isinstance(body, str) and body:
            message = body

    code = str(envelope.get("code") or code or "unknown_error")
    message = scrub_tokens(str(envelope.get("message") or message or "An unknown error occurred"))
    hint = envelope.get("hint")
    hint = scrub_tokens(str(hint)) if hint is not None else None
    request_id = envelope.get("request_id") or headers.get("x-request-id")
    retryable = envelope.get("retryable")
    if retry_after is None:
        retry_after = _number(envelope.get("retry_after"))
        if retry_after is None and isinstance(body, Mapping):
            retry_after = _number(body.get("retry_after"))
    cls = error_class_for(status, code)
    return cls(
        message,
        status=status,
        code=code,
        hint=str(hint) if hint is not None else None,
        request_id=str(request_id) if request_id is not None else None,
        retryable=retryable if isinstance(retryable, bool) else None,
        retry_after=retry_after,
        headers=headers,
        body=body,
        idempotency_key=idempotency_key,
        extra=extra,
        request=request,
        response=response,
    )


#: A TrekMail bearer token anywhere in a text (API overview: ``tm_live_`` and ``tm_msg_``).
_TOKEN = re.compile(r"\b(tm_(?:live|msg)_)[A-Za-z0-9_\-]+")


def scrub_tokens(text: str) -> str:
    """``text`` with every TrekMail token replaced by its prefix and ``<redacted>``: a server
    that echoes the ``Authorization`` header must not put the token into an exception."""
    return _TOKEN.sub(r"\1<redacted>", text)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None
