"""RetryTransport through TrekMail (respx) and on its own (httpx.MockTransport): what is
retried, how long it waits, budget and gate, and the typed errors at the end."""

from __future__ import annotations

import email.utils
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from trekmail_client import _exceptions as exc
from trekmail_client._client import TrekMail
from trekmail_client._retry import RetryTransport
from trekmail_client.api.mailboxes import get_mailbox, pause_mailbox

OPS = "tm_live_unit0test0token"
MSG = "tm_msg_unit0test0token"
BASE = "https://trekmail.net"
OK = {"data": {"id": 5, "email": "a@example.com"}}

pytestmark = pytest.mark.anyio


def _err(status: int, code: str = "boom", **extra: Any) -> httpx.Response:
    headers = extra.pop("headers", None)
    body = {"error": {"code": code, "message": code, "request_id": "req_1", **extra}}
    return httpx.Response(status, json=body, headers=headers)


@pytest.fixture
def client_factory(
    make_transport: Callable[..., RetryTransport], registry: Any
) -> Callable[..., TrekMail]:
    def factory(**policy: Any) -> TrekMail:
        return TrekMail(
            ops_token=OPS, message_token=MSG, transport=make_transport(**policy), registry=registry
        )

    return factory


async def test_429_retry_after_then_success_same_key_and_request_id(
    tm: TrekMail, fake_time: Any
) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/api/v1/mailboxes/5:pause").mock(
            side_effect=[
                _err(429, "rate_limited", headers={"Retry-After": "3"}),
                _err(503, "unavailable"),
                httpx.Response(200, json=OK),
            ]
        )
        result = await pause_mailbox.asyncio_detailed(5, client=tm)
    assert result.status_code == 200
    assert route.call_count == 3
    keys = {c.request.headers["idempotency-key"] for c in route.calls}
    ids = {c.request.headers["x-request-id"] for c in route.calls}
    assert len(keys) == 1 and len(ids) == 1
    assert fake_time.sleeps == [3.0, 1.0]  # Retry-After, then backoff attempt 1 (rng = top)


async def test_503_retried_then_raises_typed_error(tm: TrekMail, fake_time: Any) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(return_value=_err(503, "unavailable"))
        with pytest.raises(exc.ServiceUnavailableError) as info:
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 3
    assert fake_time.sleeps == [0.5, 1.0]
    assert info.value.request_id == "req_1" and info.value.status == 503


async def test_get_retried_on_502_and_504(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(
            side_effect=[_err(502), _err(504), httpx.Response(200, json=OK)]
        )
        result = await get_mailbox.asyncio_detailed(5, client=tm)
    assert result.status_code == 200 and route.call_count == 3


async def test_post_with_auto_key_retried_on_500(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/api/v1/mailboxes/5:pause").mock(
            side_effect=[_err(500), httpx.Response(200, json=OK)]
        )
        await pause_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, exc.BadRequestError),
        (401, exc.AuthenticationError),
        (403, exc.PermissionDeniedError),
        (404, exc.NotFoundError),
        (409, exc.ConflictError),
        (422, exc.UnprocessableEntityError),
    ],
)
async def test_4xx_not_retried(tm: TrekMail, status: int, cls: type[Exception]) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(return_value=_err(status))
        with pytest.raises(cls):
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 1


async def test_idempotency_mismatch_carries_key(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/api/v1/mailboxes/5:pause").mock(return_value=_err(409, "idempotency_mismatch"))
        with pytest.raises(exc.IdempotencyConflictError) as info:
            await pause_mailbox.asyncio_detailed(5, client=tm, idempotency_key="job-1")
    assert info.value.idempotency_key == "job-1"
    assert str(info.value) == "409 idempotency_mismatch: idempotency_mismatch (request_id=req_1)"


async def test_retryable_false_vetoes(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(return_value=_err(503, retryable=False))
        with pytest.raises(exc.ServiceUnavailableError):
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 1


async def test_retryable_true_allows_409(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(
            side_effect=[
                _err(409, "native_access_sync_failed", retryable=True),
                httpx.Response(200, json=OK),
            ]
        )
        await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 2


async def test_402_not_retried_even_if_retryable(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(
            return_value=_err(402, "payment_required", retryable=True)
        )
        with pytest.raises(exc.PaymentRequiredError):
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 1


async def test_retry_after_above_max_raises_at_once(tm: TrekMail, fake_time: Any) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(
            return_value=_err(429, "rate_limited", headers={"Retry-After": "120"})
        )
        with pytest.raises(exc.RateLimitError) as info:
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 1
    assert info.value.retry_after == 120.0
    assert fake_time.sleeps == []


@pytest.mark.parametrize(
    ("headers", "body_extra", "expected"),
    [
        ({"Retry-After": "2"}, {}, 2.0),
        ({"Retry-After": "1.25"}, {}, 1.25),
        ({"retry-after-ms": "700"}, {}, 0.7),
        ({}, {"retry_after": 4}, 4.0),
        ({"Retry-After": "garbage"}, {}, 0.5),  # falls back to backoff
        ({"Retry-After": "-1"}, {}, 0.5),
    ],
)
async def test_retry_after_forms_honoured(
    tm: TrekMail,
    fake_time: Any,
    headers: dict[str, str],
    body_extra: dict[str, Any],
    expected: float,
) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5").mock(
            side_effect=[
                _err(429, "rate_limited", headers=headers, **body_extra),
                httpx.Response(200, json=OK),
            ]
        )
        await get_mailbox.asyncio_detailed(5, client=tm)
    assert fake_time.sleeps == [pytest.approx(expected)]


async def test_retry_after_http_date(tm: TrekMail, fake_time: Any) -> None:
    when = email.utils.formatdate(fake_time.wall() + 10, usegmt=True)
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5").mock(
            side_effect=[_err(503, headers={"Retry-After": when}), httpx.Response(200, json=OK)]
        )
        await get_mailbox.asyncio_detailed(5, client=tm)
    assert fake_time.sleeps == [pytest.approx(10.0, abs=1.0)]


async def test_connect_error_retried_then_connection_error(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.post("/api/v1/mailboxes/5:pause").mock(side_effect=httpx.ConnectError("no"))
        with pytest.raises(exc.APIConnectionError) as info:
            await pause_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 3
    assert info.value.request_sent is False
    assert not isinstance(info.value, exc.APITimeoutError)


async def test_read_timeout_on_get_retried_then_timeout_error(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(side_effect=httpx.ReadTimeout("slow"))
        with pytest.raises(exc.APITimeoutError) as info:
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 3 and info.value.request_sent is True


async def test_with_options_max_retries(tm: TrekMail) -> None:
    fast = tm.with_options(max_retries=0)
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").mock(return_value=_err(503))
        with pytest.raises(exc.ServiceUnavailableError):
            await get_mailbox.asyncio_detailed(5, client=fast)
        assert route.call_count == 1
        with pytest.raises(exc.ServiceUnavailableError):
            await get_mailbox.asyncio_detailed(5, client=tm.with_options(max_retries=4))
        assert route.call_count == 6
    await fast.aclose()


async def test_budget_exhaustion_stops_retries(client_factory: Callable[..., TrekMail]) -> None:
    async with client_factory(budget_capacity=2.0, budget_success_refund=1.0) as client:
        with respx.mock(base_url=BASE) as mock:
            route = mock.get("/api/v1/mailboxes/5").mock(return_value=_err(503))
            with pytest.raises(exc.ServiceUnavailableError):
                await get_mailbox.asyncio_detailed(5, client=client)
            assert route.call_count == 3  # two retries spend the budget
            with pytest.raises(exc.ServiceUnavailableError):
                await get_mailbox.asyncio_detailed(5, client=client)
            assert route.call_count == 4  # no budget left: no retry
            route.mock(return_value=httpx.Response(200, json=OK))
            await get_mailbox.asyncio_detailed(5, client=client)  # refunds 1 token
            route.mock(return_value=_err(503))
            with pytest.raises(exc.ServiceUnavailableError):
                await get_mailbox.asyncio_detailed(5, client=client)
            assert route.call_count == 7  # 1 + one retry


async def test_server_directed_retries_are_free(client_factory: Callable[..., TrekMail]) -> None:
    async with client_factory(budget_capacity=0.5) as client:
        with respx.mock(base_url=BASE) as mock:
            route = mock.get("/api/v1/mailboxes/5").mock(
                side_effect=[
                    _err(429, headers={"Retry-After": "1"}),
                    _err(429, headers={"Retry-After": "1"}),
                    httpx.Response(200, json=OK),
                ]
            )
            await get_mailbox.asyncio_detailed(5, client=client)
    assert route.call_count == 3


async def test_429_closes_gate_for_every_call_with_that_token(tm: TrekMail, fake_time: Any) -> None:
    no_retry = tm.with_options(max_retries=0)
    with respx.mock(base_url=BASE) as mock:
        boxes = mock.get("/api/v1/mailboxes/5").mock(
            side_effect=[
                _err(429, "rate_limited", headers={"Retry-After": "5"}),
                httpx.Response(200, json=OK),
            ]
        )
        msgs = mock.get("/api/v1/messages/9").respond(200, json={"data": {}})
        with pytest.raises(exc.RateLimitError):
            await get_mailbox.asyncio_detailed(5, client=no_retry)
        assert fake_time.sleeps == []
        # another call with the message token is not held
        await tm.get_async_httpx_client().get("/api/v1/messages/9")
        assert fake_time.sleeps == [] and msgs.call_count == 1
        # the next call with the ops token waits for the gate before it is sent
        await get_mailbox.asyncio_detailed(5, client=tm)
        assert fake_time.sleeps == [5.0] and boxes.call_count == 2
    assert tm.rate_limit_gate.remaining("tok_x") == 0.0


async def test_html_502_becomes_api_error(tm: TrekMail) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 400 + "</body></html>"
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").respond(502, html=html)
        with pytest.raises(exc.APIError) as info:
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert route.call_count == 3
    assert info.value.status == 502 and info.value.code == "non_json_response"
    assert len(info.value.body) <= 200


async def test_html_200_is_parse_error(tm: TrekMail) -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5").respond(200, html="<html>login</html>")
        with pytest.raises(exc.ResponseParseError) as info:
            await get_mailbox.asyncio_detailed(5, client=tm)
    assert info.value.body == b"<html>login</html>"


async def test_success_streams_untouched(tm: TrekMail) -> None:
    payload = b"x" * 100_000
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5/apple-mail-profile").respond(
            200, content=payload, headers={"Content-Type": "application/x-apple-aspen-config"}
        )
        chunks = []
        async with tm.get_async_httpx_client().stream(
            "GET", "/api/v1/mailboxes/5/apple-mail-profile"
        ) as response:
            async for chunk in response.aiter_bytes():
                chunks.append(chunk)
    assert b"".join(chunks) == payload


async def test_retry_logged_without_token(tm: TrekMail, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="trekmail_client")
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5").mock(side_effect=[_err(503), httpx.Response(200, json=OK)])
        await get_mailbox.asyncio_detailed(5, client=tm)
    text = caplog.text
    assert "retrying GET /api/v1/mailboxes/5 (get_mailbox) after HTTP 503: attempt 2 of 3" in text
    assert OPS not in text and MSG not in text


# -- RetryTransport alone (no auth, so a POST can lack an Idempotency-Key) ----------------


def _mock(responses: list[Any]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses.pop(0) if len(responses) > 1 else responses[0]
        if isinstance(item, Exception):
            raise item
        return item  # type: ignore[no-any-return]

    return httpx.MockTransport(handler), seen


@pytest.mark.parametrize(
    "failure",
    [_err(500), _err(502), _err(504), httpx.ReadTimeout("t"), httpx.RemoteProtocolError("drop")],
)
async def test_post_without_key_not_retried_after_sending(
    make_transport: Callable[..., RetryTransport], failure: Any
) -> None:
    inner, seen = _mock([failure, httpx.Response(200, json=OK)])
    async with httpx.AsyncClient(transport=make_transport(inner), base_url=BASE) as http:
        with pytest.raises((exc.APIError, exc.APIConnectionError)) as info:
            await http.post("/api/v1/mailboxes", json={"email": "a@x"})
    assert len(seen) == 1
    if isinstance(info.value, exc.APIConnectionError):
        assert info.value.request_sent is True


@pytest.mark.parametrize(
    "failure", [_err(503), _err(429), httpx.ConnectError("refused"), httpx.PoolTimeout("pool")]
)
async def test_post_without_key_retried_when_not_processed(
    make_transport: Callable[..., RetryTransport], failure: Any
) -> None:
    inner, seen = _mock([failure, httpx.Response(200, json=OK)])
    async with httpx.AsyncClient(transport=make_transport(inner), base_url=BASE) as http:
        response = await http.post("/api/v1/mailboxes", json={"email": "a@x"})
    assert response.status_code == 200 and len(seen) == 2


async def test_post_with_key_retried_on_500(make_transport: Callable[..., RetryTransport]) -> None:
    inner, seen = _mock([_err(500), httpx.ReadTimeout("t"), httpx.Response(201, json=OK)])
    async with httpx.AsyncClient(transport=make_transport(inner), base_url=BASE) as http:
        response = await http.post(
            "/api/v1/mailboxes", json={"email": "a@x"}, headers={"Idempotency-Key": "k1"}
        )
    assert response.status_code == 201 and len(seen) == 3
    assert all(r.content == b'{"email":"a@x"}' for r in seen)


async def test_streaming_body_not_resent(make_transport: Callable[..., RetryTransport]) -> None:
    inner, seen = _mock([_err(503), httpx.Response(200, json=OK)])

    async def body() -> Any:
        yield b"chunk"

    async with httpx.AsyncClient(transport=make_transport(inner), base_url=BASE) as http:
        with pytest.raises(exc.ServiceUnavailableError):
            await http.put("/api/v1/upload", content=body(), headers={"Idempotency-Key": "k"})
    assert len(seen) == 1


async def test_pool_timeout_is_timeout_not_sent(
    make_transport: Callable[..., RetryTransport],
) -> None:
    inner, _ = _mock([httpx.PoolTimeout("pool")])
    async with httpx.AsyncClient(
        transport=make_transport(inner, max_retries=0), base_url=BASE
    ) as http:
        with pytest.raises(exc.APITimeoutError) as info:
            await http.get("/api/v1/mailboxes")
    assert info.value.request_sent is False


async def test_debug_log_redacts_authorization(
    tm: TrekMail, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="trekmail_client")
    with respx.mock(base_url=BASE) as mock:
        mock.get("/api/v1/mailboxes/5").respond(200, json=OK)
        await get_mailbox.asyncio_detailed(5, client=tm)
    assert "'authorization': '<redacted>'" in caplog.text
    assert OPS not in caplog.text
