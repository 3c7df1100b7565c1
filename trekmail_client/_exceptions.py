"""The exception hierarchy. :mod:`._envelope` builds these from responses.

The tree, as users of the major SDKs expect it::

    TrekMailError                    everything this SDK raises on purpose
    ├── APIError                     everything a call can raise
    │   ├── APIStatusError           the API answered 400 or more (one subclass per status)
    │   │   ├── BadRequestError (400), AuthenticationError (401), PaymentRequiredError (402),
    │   │   │   PermissionDeniedError (403), NotFoundError (404), ConflictError (409)
    │   │   │   └── IdempotencyConflictError, UnprocessableEntityError (422),
    │   │   │   RateLimitError (429), InternalServerError (5xx), ServiceUnavailableError (503)
    │   ├── APIConnectionError       no answer: DNS, connect, reset (``request_sent`` says
    │   │   └── APITimeoutError       whether the server may have acted on it)
    │   ├── ResponseParseError       a 2xx answer that could not be read (alias
    │   │                            ``APIResponseValidationError``)
    │   ├── MissingTokenError        the operation needs a token the client lacks (no I/O)
    │   └── PaginationError          a list would loop
    └── InvalidTokenError            a malformed token given to the client (also ValueError)

``except APIError`` catches a timeout as well as a 404. Every :class:`APIError` has
``message``, ``code``, ``hint``, ``request_id``, ``retryable``, ``idempotency_key``,
``request_sent``, ``request`` and ``response`` (``None`` where there is none).

Envelope parsing (in :mod:`._envelope`) follows TrekMail's API overview ("Error responses
follow a consistent structure":
``{"error": {"code", "message", "hint", "request_id", "retryable"}}``) and the official
client's reading of it: leftover keys inside ``error`` and every top-level sibling of ``error``
are kept in :attr:`APIError.extra`; a body without ``error`` is used whole; a body
that is not JSON becomes code ``non_json_response`` with a short snippet, never a
``JSONDecodeError``. No exception message ever contains a bearer token.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
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
]


class TrekMailError(Exception):
    """Base class of every exception this SDK raises on purpose."""


class APIError(TrekMailError):
    """Base of everything a call can raise (``except APIError`` catches them all).

    Attributes:
        message: what happened, for a person.
        code: a machine-readable code: the API's ``error.code`` for status errors, else the
            SDK's (``connection_error``, ``timeout``, ``non_json_response``,
            ``response_does_not_match_contract``, ``missing_token``, ``pagination_loop``).
        hint: how to fix it, or ``None``.
        request_id: the ``X-Request-Id`` of the exchange, or ``None``.
        retryable: whether sending the same request again may succeed, or ``None`` when
            unknown.
        idempotency_key: the ``Idempotency-Key`` the request carried, or ``None``.
        request_sent: whether the request may have reached the server (``False``: it cannot
            have acted on it; ``None``: unknown).
        request: the ``httpx.Request``, or ``None``.
        response: the ``httpx.Response`` (body read), or ``None``.
        status: the HTTP status for status and parse errors, else ``None``.
    """

    status: int | None = None

    def __init__(
        self,
        message: str,
        *,
        code: str = "unknown_error",
        hint: str | None = None,
        request_id: str | None = None,
        retryable: bool | None = None,
        idempotency_key: str | None = None,
        request_sent: bool | None = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.hint = hint
        self.request_id = request_id
        self.retryable = retryable
        self.idempotency_key = idempotency_key
        self.request_sent = request_sent
        self.request = request
        self.response = response


class APIStatusError(APIError):
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
        request, response: the exchange (``None`` when built without them).
    """

    status: int

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
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            message,
            code=code,
            hint=hint,
            request_id=request_id,
            retryable=retryable,
            idempotency_key=idempotency_key,
            request_sent=True,
            request=request,
            response=response,
        )
        self.status = status
        self.retry_after = retry_after
        self.headers = httpx.Headers(headers or {})
        self.body = body
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


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401: the token is missing, revoked or expired (code ``unauthenticated``)."""


class PaymentRequiredError(APIStatusError):
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


class PermissionDeniedError(APIStatusError):
    """403: the token lacks the scope, or the plan/membership blocks it."""


class NotFoundError(APIStatusError):
    """404 (also returned for resources outside a constrained token's domains)."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class IdempotencyConflictError(ConflictError):
    """409 ``idempotency_mismatch``: the same Idempotency-Key was sent with a different body."""


class UnprocessableEntityError(APIStatusError):
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


class RateLimitError(APIStatusError):
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


class InternalServerError(APIStatusError):
    """A 5xx other than 503."""


class ServiceUnavailableError(APIStatusError):
    """503 (also the global migration concurrency cap: a signal to slow down)."""


class APIConnectionError(APIError):
    """The request failed below HTTP (DNS, connect, reset, protocol): no answer came.

    Attributes:
        request_sent: ``False`` when the failure happened before any byte of the request left
            (connect error, pool timeout), so the server cannot have acted on it; ``True``
            when it may have (a write may then have been carried out: resend it with the same
            ``idempotency_key``).
    """

    request_sent: bool
    #: The ``code`` of this kind of failure.
    default_code: ClassVar[str] = "connection_error"

    def __init__(
        self,
        message: str,
        *,
        request_sent: bool,
        request: httpx.Request | None = None,
        idempotency_key: str | None = None,
        code: str | None = None,
    ) -> None:
        request_id = request.headers.get("x-request-id") if request is not None else None
        if idempotency_key is None and request is not None:
            idempotency_key = request.headers.get("idempotency-key")
        super().__init__(
            message,
            code=code or self.default_code,
            request_id=request_id,
            retryable=True,
            idempotency_key=idempotency_key,
            request_sent=request_sent,
            request=request,
        )


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout (seconds come from ``httpx.Timeout``)."""

    default_code = "timeout"


class MissingTokenError(APIError):
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
        super().__init__(
            f"operation {operation_id} needs {what}; pass {kwarg}= or set {env}",
            code="missing_token",
            hint=f"pass {kwarg}= to TrekMail or set {env}",
            retryable=False,
            request_sent=False,
        )
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


class ResponseParseError(APIError):
    """A 2xx response could not be parsed: not JSON (``code`` ``non_json_response``), or not
    what the contract declares (``code`` ``response_does_not_match_contract``, only with
    ``TrekMail(strict=True)``).

    Attributes:
        code: ``non_json_response`` or ``response_does_not_match_contract``.
        status: HTTP status code.
        body: the raw body (bytes).
        headers: the response headers.
        request_id: the ``X-Request-Id`` response header, if any.
    """

    status: int

    def __init__(
        self,
        message: str,
        *,
        status: int,
        body: bytes,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        code: str = "non_json_response",
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        all_headers = httpx.Headers(headers or {})
        if request is None and response is not None:
            try:
                request = response.request
            except RuntimeError:  # a response built by hand
                request = None
        key = request.headers.get("idempotency-key") if request is not None else None
        sent_id = request.headers.get("x-request-id") if request is not None else None
        super().__init__(
            message,
            code=code,
            request_id=all_headers.get("x-request-id") or sent_id,
            retryable=False,
            idempotency_key=key,
            request_sent=True,
            request=request,
            response=response,
        )
        self.status = status
        self.body = body
        self.headers = all_headers


APIResponseValidationError = ResponseParseError


class PaginationError(APIError):
    """A list response would make pagination loop (a repeated page, cursor or uid) or is
    missing the fields its pagination style needs (``code`` ``pagination_loop``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="pagination_loop", retryable=False)
