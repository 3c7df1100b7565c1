"""The exception hierarchy and the status-to-class table.

Envelope parsing follows TrekMail's API overview ("Error responses follow a consistent
structure": ``{"error": {"code", "message", "hint", "request_id", "retryable"}}``) and the
official client's reading of it: leftover keys inside ``error`` and every top-level sibling of
``error`` are kept in :attr:`APIError.extra`; a body without ``error`` is used whole; a body
that is not JSON becomes code ``non_json_response`` with a short snippet, never a
``JSONDecodeError``. No exception message ever contains a bearer token.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "IdempotencyConflictError",
    "InternalServerError",
    "InvalidTokenError",
    "MissingTokenError",
    "NotFoundError",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "ServiceUnavailableError",
    "TrekMailError",
    "UnprocessableEntityError",
    "error_from_response",
]

SNIPPET_CHARS = 200
_ENVELOPE_KEYS = ("code", "message", "hint", "request_id", "retryable")


class TrekMailError(Exception):
    """Base class of every exception this SDK raises on purpose."""


class APIError(TrekMailError):
    """The API answered with a status >= 400 (built by :func:`error_from_response`).

    Attributes:
        status: HTTP status code (int).
        code: the envelope's ``error.code`` (``"unknown_error"`` when absent,
            ``"non_json_response"`` when the body was not JSON).
        message: the envelope's ``error.message``.
        hint: the envelope's ``error.hint`` or ``None``.
        request_id: ``error.request_id``, else the ``X-Request-Id`` response header, else ``None``.
        retryable: the envelope's ``error.retryable`` (``bool``) or ``None`` when absent.
        retry_after: seconds the server asked us to wait (``Retry-After`` and friends), or
            ``None``.
        headers: the response headers.
        body: the parsed JSON body (any JSON value), or the raw text when it was not JSON.
        idempotency_key: the ``Idempotency-Key`` the request carried, or ``None``.
        extra: leftover keys of ``error`` plus every top-level sibling of ``error``.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str = "unknown_error",
        hint: str | None = None,
        request_id: str | None = None,
        retryable: bool | None = None,
        retry_after: float | None = None,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        body: Any = None,
        idempotency_key: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.request_id = request_id
        self.retryable = retryable
        self.retry_after = retry_after
        self.headers = httpx.Headers(headers or {})
        self.body = body
        self.idempotency_key = idempotency_key
        self.extra: dict[str, Any] = dict(extra or {})

    @property
    def status_code(self) -> int:
        """Alias of :attr:`status` (the httpx name)."""
        return self.status

    def __str__(self) -> str:
        text = f"{self.status} {self.code}: {self.message}"
        if self.request_id:
            text += f" (request_id={self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r})"
        )


class BadRequestError(APIError):
    """400 Bad Request."""


class AuthenticationError(APIError):
    """401: the token is missing, revoked or expired (code ``unauthenticated``)."""


class PaymentRequiredError(APIError):
    """402: an agent purchase needs payment.

    Attributes:
        payment: the ``payment`` challenge (``protocol``, ``amount_minor``, ``currency``,
            ``network_id``, ``credential_header``, ``expires_at``), or ``None``.
    """

    @property
    def payment(self) -> dict[str, Any] | None:
        """The payment challenge dict from the body's top-level ``payment`` key, if any."""
        value = self.extra.get("payment")
        return value if isinstance(value, dict) else None


class PermissionDeniedError(APIError):
    """403: the token lacks the scope, or the plan/membership blocks it."""


class NotFoundError(APIError):
    """404 (also returned for resources outside a constrained token's domains)."""


class ConflictError(APIError):
    """409 Conflict."""


class IdempotencyConflictError(ConflictError):
    """409 ``idempotency_mismatch``: the same Idempotency-Key was sent with a different body."""


class UnprocessableEntityError(APIError):
    """422: validation failed, or every row of a bulk request failed.

    Attributes:
        errors: field errors (``{"field": ["message", ...]}``) from ``error.errors`` or a
            top-level ``errors``; empty when absent.
        results: per-row results of a bulk all-rows-failed 422 (the body has no ``error``
            key), else an empty list.
        counts: the bulk ``counts`` dict (``created``/``failed``), or ``None``.
    """

    @property
    def errors(self) -> dict[str, Any]:
        """Field errors, ``{}`` when the server sent none."""
        value = self.extra.get("errors")
        return value if isinstance(value, dict) else {}

    @property
    def results(self) -> list[Any]:
        """Per-row results of a bulk all-rows-failed 422, ``[]`` otherwise."""
        value = self.extra.get("results")
        return value if isinstance(value, list) else []

    @property
    def counts(self) -> dict[str, Any] | None:
        """The bulk ``counts`` dict, or ``None``."""
        value = self.extra.get("counts")
        return value if isinstance(value, dict) else None

    def __str__(self) -> str:
        """The status line, then each invalid field by name: ``local_part: The local part ...``."""
        text = super().__str__()
        for field, problems in self.errors.items():
            listed = problems if isinstance(problems, list) else [problems]
            text += f"\n  {field}: {'; '.join(str(p) for p in listed)}"
        return text


class RateLimitError(APIError):
    """429: the token's rate limit (or a sending limit) was hit.

    Attributes:
        retry_after: seconds to wait (float) or ``None``. Also raised without a retry when the
            server asks for a wait above ``RetryPolicy.max_retry_after``.
        dimension: for ``sending_limit_exceeded``, which limit (e.g.
            ``"recipients_per_message"``), else ``None``.
        resets_at: for sending limits, when the limit resets (as sent), else ``None``.
    """

    @property
    def dimension(self) -> str | None:
        """The sending-limit dimension, or ``None``."""
        value = self.extra.get("dimension")
        return value if isinstance(value, str) else None

    @property
    def resets_at(self) -> Any:
        """The sending-limit reset time as the server sent it, or ``None``."""
        return self.extra.get("resets_at")


class InternalServerError(APIError):
    """A 5xx other than 503."""


class ServiceUnavailableError(APIError):
    """503 (also the global migration concurrency cap: a signal to slow down)."""


class APIConnectionError(TrekMailError):
    """The request failed below HTTP (DNS, connect, reset, protocol).

    Attributes:
        request_sent: ``False`` when the failure happened before any byte of the request left
            (connect error, pool timeout), so the server cannot have acted on it.
    """

    def __init__(self, message: str, *, request_sent: bool) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout (seconds come from ``httpx.Timeout``)."""


class MissingTokenError(TrekMailError):
    """An operation needs a token the client was not given. Raised before any I/O.

    Attributes:
        operation_id: the operation (or ``METHOD path`` when the spec does not list it).
        token_type: ``"ops"`` or ``"message"``.
    """

    _TOKEN_INFO: ClassVar[dict[str, tuple[str, str, str]]] = {
        "ops": ("an ops token (tm_live_)", "ops_token", "TREKMAIL_API_TOKEN"),
        "message": ("a message token (tm_msg_)", "message_token", "TREKMAIL_MESSAGE_TOKEN"),
    }

    def __init__(self, operation_id: str, token_type: str) -> None:
        what, kwarg, env = self._TOKEN_INFO.get(token_type, (token_type, token_type, "?"))
        super().__init__(f"operation {operation_id} needs {what}; pass {kwarg}= or set {env}")
        self.operation_id = operation_id
        self.token_type = token_type


class InvalidTokenError(TrekMailError, ValueError):
    """A token given to the client is malformed. The message never contains the token.

    Attributes:
        token_type: ``"ops"`` or ``"message"``.
    """

    def __init__(self, message: str, *, token_type: str) -> None:
        super().__init__(message)
        self.token_type = token_type


class ResponseParseError(TrekMailError):
    """A 2xx response could not be parsed.

    Attributes:
        status: HTTP status code.
        body: the raw body (bytes).
        headers: the response headers.
        request_id: the ``X-Request-Id`` response header, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int,
        body: bytes,
        headers: httpx.Headers | Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.headers = httpx.Headers(headers or {})
        self.request_id = self.headers.get("x-request-id")
        self.code = "non_json_response"


APIResponseValidationError = ResponseParseError


class PaginationError(TrekMailError):
    """A list response would make pagination loop (a repeated page, cursor or uid) or is
    missing the fields its pagination style needs."""


_STATUS_TABLE: dict[int, type[APIError]] = {
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


def error_class_for(status: int, code: str) -> type[APIError]:
    """Return the exception class for a status (and code): the table above, any other
    5xx -> :class:`InternalServerError`, else :class:`APIError`."""
    if status == 409 and code == "idempotency_mismatch":
        return IdempotencyConflictError
    cls = _STATUS_TABLE.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return InternalServerError
    return APIError


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


def error_from_response(
    response: httpx.Response,
    *,
    idempotency_key: str | None = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the typed exception for an error response (the body must already be read).

    Args:
        response: an ``httpx.Response`` with status >= 400 whose content is loaded
            (``await response.aread()``).
        idempotency_key: the key the request carried; defaults to the request's
            ``Idempotency-Key`` header when the response has a request.
        retry_after: seconds to wait, if the caller already parsed it.

    Returns:
        An :class:`APIError` subclass chosen by status (and code for 409). Never raises on a
        malformed body: a non-JSON body gives code ``"non_json_response"`` and a hint with the
        first 200 characters.
    """
    status = response.status_code
    headers = response.headers
    if idempotency_key is None:
        try:
            idempotency_key = response.request.headers.get("idempotency-key")
        except RuntimeError:
            idempotency_key = None
    raw = response.content
    body: Any
    try:
        body = json.loads(raw) if raw else None
    except ValueError:
        body = None
        text = snippet(raw)
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
    message = str(envelope.get("message") or message or "An unknown error occurred")
    hint = envelope.get("hint")
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
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None
