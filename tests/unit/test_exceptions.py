"""error_from_response: every status maps to its class; envelope fields; non-JSON bodies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from trekmail_client import _exceptions as exc
from trekmail_client._envelope import error_from_response


def _resp(
    status: int,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    request = httpx.Request(
        "POST", "https://trekmail.net/api/v1/mailboxes", headers={"Idempotency-Key": "tmk_req"}
    )
    if content is not None:
        return httpx.Response(status, content=content, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def _envelope(code: str, **extra: Any) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": f"msg {code}",
            "hint": "do x",
            "request_id": "req_abc",
            "retryable": False,
            **extra,
        }
    }


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "bad_request", exc.BadRequestError),
        (401, "unauthenticated", exc.AuthenticationError),
        (402, "payment_required", exc.PaymentRequiredError),
        (403, "insufficient_scope", exc.PermissionDeniedError),
        (404, "not_found", exc.NotFoundError),
        (409, "conflict", exc.ConflictError),
        (409, "idempotency_mismatch", exc.IdempotencyConflictError),
        (422, "validation_error", exc.UnprocessableEntityError),
        (429, "rate_limited", exc.RateLimitError),
        (500, "server_error", exc.InternalServerError),
        (502, "bad_gateway", exc.InternalServerError),
        (503, "unavailable", exc.ServiceUnavailableError),
        (504, "timeout", exc.InternalServerError),
        (418, "teapot", exc.APIStatusError),
    ],
)
def test_status_to_class(status: int, code: str, cls: type[exc.APIError]) -> None:
    err = error_from_response(_resp(status, _envelope(code)))
    assert type(err) is cls
    assert isinstance(err, exc.APIError) and isinstance(err, exc.TrekMailError)
    assert (err.status, err.code, err.message, err.hint) == (status, code, f"msg {code}", "do x")
    assert err.request_id == "req_abc" and err.retryable is False
    assert err.idempotency_key == "tmk_req"
    assert str(err) == f"{status} {code}: msg {code} (request_id=req_abc)"


def test_idempotency_conflict_is_conflict() -> None:
    assert issubclass(exc.IdempotencyConflictError, exc.ConflictError)
    assert not issubclass(exc.ServiceUnavailableError, exc.InternalServerError)
    assert issubclass(exc.APITimeoutError, exc.APIConnectionError)


def test_extra_keeps_leftovers_and_siblings() -> None:
    body = _envelope(
        "sending_limit_exceeded",
        dimension="recipients_per_message",
        resets_at="2024-01-01T00:00:00Z",
    )
    body["limits"] = {"daily": 10}
    err = error_from_response(_resp(429, body))
    assert isinstance(err, exc.RateLimitError)
    assert err.dimension == "recipients_per_message"
    assert err.resets_at == "2024-01-01T00:00:00Z"
    assert err.extra["limits"] == {"daily": 10}
    assert err.retry_after is None


def test_retry_after_from_body() -> None:
    err = error_from_response(_resp(429, _envelope("rate_limited", retry_after=7)))
    assert isinstance(err, exc.RateLimitError) and err.retry_after == 7.0


def test_payment_challenge_kept() -> None:
    payment = {
        "protocol": "MPP",
        "amount_minor": 500,
        "currency": "usd",
        "credential_header": "Payment-Authorization",
        "expires_at": 1700000000,
    }
    body = {
        "error": {"code": "payment_required", "message": "pay", "retryable": True},
        "payment": payment,
    }
    err = error_from_response(_resp(402, body))
    assert isinstance(err, exc.PaymentRequiredError)
    assert err.payment == payment and err.retryable is True


def test_validation_errors() -> None:
    err = error_from_response(
        _resp(422, _envelope("validation_error", errors={"email": ["taken"]}))
    )
    assert isinstance(err, exc.UnprocessableEntityError)
    assert err.errors == {"email": ["taken"]} and err.results == [] and err.counts is None


def test_bulk_all_rows_failed_same_reason() -> None:
    body = {
        "counts": {"created": 0, "failed": 2},
        "results": [
            {"email": "a@x", "status": "failed", "reason": "already_exists", "error": "exists"},
            {"email": "b@x", "status": "failed", "reason": "already_exists", "error": "exists"},
        ],
    }
    err = error_from_response(_resp(422, body))
    assert isinstance(err, exc.UnprocessableEntityError)
    assert err.code == "already_exists"
    assert err.message.startswith("2 of 2 rows failed")
    assert len(err.results) == 2 and err.counts == {"created": 0, "failed": 2}


def test_bulk_all_rows_failed_mixed_reasons() -> None:
    body = {
        "created": 0,
        "total": 2,
        "results": [
            {"domain": "a.com", "status": "error", "reason": "invalid"},
            {"domain": "b.com", "status": "error", "reason": "taken"},
        ],
    }
    err = error_from_response(_resp(422, body))
    assert err.code == "bulk_all_failed" and err.message.startswith("2 of 2 rows failed")


def test_html_502_is_api_error_not_json_error() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"x" * 500 + b"</body>"
    err = error_from_response(_resp(502, content=html, headers={"X-Request-Id": "req_proxy"}))
    assert isinstance(err, exc.APIError) and err.status == 502
    assert err.code == "non_json_response"
    assert isinstance(err.body, str) and len(err.body) <= 200
    assert err.hint is not None and "502 Bad Gateway" in err.hint
    assert err.request_id == "req_proxy"
    assert "502 non_json_response" in str(err)


def test_body_without_error_key_and_missing_fields() -> None:
    err = error_from_response(_resp(400, {"message": "nope"}))
    assert err.code == "unknown_error" and err.message == "nope"
    err = error_from_response(_resp(500, content=b""))
    assert err.code == "unknown_error" and err.message == "An unknown error occurred"
    err = error_from_response(_resp(500, [1, 2]))
    assert err.extra == {"body": [1, 2]}


def test_request_id_from_header_when_envelope_lacks_it() -> None:
    err = error_from_response(
        _resp(
            404,
            {"error": {"code": "not_found", "message": "gone"}},
            headers={"X-Request-Id": "req_hdr"},
        )
    )
    assert err.request_id == "req_hdr" and err.retryable is None
    assert str(err) == "404 not_found: gone (request_id=req_hdr)"


def test_missing_token_error_message() -> None:
    err = exc.MissingTokenError("list_messages", "message")
    assert str(err) == (
        "operation list_messages needs a message token (tm_msg_); "
        "pass message_token= or set TREKMAIL_MESSAGE_TOKEN"
    )
    assert "TREKMAIL_API_TOKEN" in str(exc.MissingTokenError("list_mailboxes", "ops"))


def test_the_error_tree() -> None:
    status_classes = [
        exc.BadRequestError,
        exc.AuthenticationError,
        exc.PaymentRequiredError,
        exc.PermissionDeniedError,
        exc.NotFoundError,
        exc.ConflictError,
        exc.IdempotencyConflictError,
        exc.UnprocessableEntityError,
        exc.RateLimitError,
        exc.InternalServerError,
        exc.ServiceUnavailableError,
    ]
    for cls in status_classes:
        assert issubclass(cls, exc.APIStatusError) and issubclass(cls, exc.APIError)
    for cls in (
        exc.APIConnectionError,
        exc.APITimeoutError,
        exc.ResponseParseError,
        exc.MissingTokenError,
        exc.PaginationError,
    ):
        assert issubclass(cls, exc.APIError) and not issubclass(cls, exc.APIStatusError)
    assert issubclass(exc.APITimeoutError, exc.APIConnectionError)
    assert exc.APIResponseValidationError is exc.ResponseParseError
    assert issubclass(exc.APIError, exc.TrekMailError)
    assert not issubclass(exc.InvalidTokenError, exc.APIError)
    assert issubclass(exc.InvalidTokenError, ValueError)


def test_every_call_error_has_the_common_attributes() -> None:
    request = httpx.Request("POST", "https://trekmail.net/api/v1/mailboxes")
    request.headers["Idempotency-Key"] = "k-1"
    request.headers["X-Request-Id"] = "r-1"
    errors: list[exc.APIError] = [
        exc.APITimeoutError("read timeout", request_sent=True, request=request),
        exc.APIConnectionError("reset", request_sent=False, request=request),
        exc.MissingTokenError("list_messages", "message"),
        exc.ResponseParseError("not json", status=200, body=b"<html>"),
        exc.PaginationError("page 2 again"),
        error_from_response(_resp(404, _envelope("not_found")), request=request),
    ]
    for error in errors:
        for name in ("message", "code", "hint", "request_id", "retryable", "idempotency_key"):
            assert hasattr(error, name), (type(error).__name__, name)
        assert hasattr(error, "request") and hasattr(error, "response")
        assert hasattr(error, "request_sent") and hasattr(error, "status")
    timeout, reset, missing, parse, loop, status = errors
    assert timeout.code == "timeout" and timeout.request is request
    assert timeout.idempotency_key == "k-1" and timeout.request_id == "r-1"
    assert timeout.request_sent is True and reset.request_sent is False
    assert missing.request_sent is False and missing.code == "missing_token"
    assert parse.status == 200 and loop.code == "pagination_loop"
    assert isinstance(status, exc.NotFoundError) and status.request is request
    assert status.response is not None and status.response.status_code == 404
    assert status.idempotency_key == "k-1" and status.request_sent is True
