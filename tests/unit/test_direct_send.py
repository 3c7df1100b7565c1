"""Generated calls go from ``TrekMail._send`` straight to the retry transport (issue 12): the
request they send is the one ``httpx.AsyncClient.request`` would have built for the same
arguments, with the same auth step; only the per-call work httpx repeats for any client is
skipped."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from trekmail_client import APIConnectionError, RetryPolicy, TrekMail
from trekmail_client._parsing import send
from trekmail_client._retry import READ_BODY_EXTENSION
from trekmail_client.api.mailboxes import create_mailbox, get_mailbox, list_mailboxes
from trekmail_client.models import MailboxCreateRequest

pytestmark = pytest.mark.anyio

OPS = "tm_live_unit0test0token"
MAILBOX = {"data": {"id": 7, "email": "a@example.com"}}


class Recorder:
    """An inner transport that keeps every request and answers from ``answer``."""

    def __init__(self, status: int = 200, body: Any = MAILBOX) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = body

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)


def client(recorder: Recorder, **options: Any) -> TrekMail:
    options.setdefault("max_retries", 0)
    return TrekMail(
        base_url="https://x.example/prefix",
        ops_token=OPS,
        transport=httpx.MockTransport(recorder),
        **options,
    )


def comparable(request: httpx.Request) -> tuple[Any, ...]:
    """What must match between the two paths: the per-request ids differ by design."""
    headers = [(k, v) for k, v in request.headers.multi_items() if k not in ("x-request-id",)]
    timeout = request.extensions["timeout"]
    return request.method, str(request.url), headers, timeout, request.content


async def test_the_direct_request_is_the_one_httpx_would_build() -> None:
    recorder = Recorder()
    async with client(recorder, headers={"X-Team": "blue"}) as tm:
        await get_mailbox.asyncio(7, client=tm)
        await tm.get_async_httpx_client().request(
            "get", "/api/v1/mailboxes/7", extensions={"trekmail_operation_id": "get_mailbox"}
        )
    direct, through_httpx = recorder.requests
    assert comparable(direct) == comparable(through_httpx)
    assert direct.url == "https://x.example/prefix/api/v1/mailboxes/7"
    assert direct.headers["authorization"] == f"Bearer {OPS}"
    assert direct.headers["x-team"] == "blue"
    assert direct.extensions["trekmail"].operation_id == "get_mailbox"


async def test_a_write_gets_its_body_and_one_idempotency_key() -> None:
    recorder = Recorder(status=201)
    async with client(recorder) as tm:
        body = MailboxCreateRequest(domain_id=1, local_part="alice")
        await create_mailbox.asyncio(client=tm, body=body)
    (request,) = recorder.requests
    assert request.method == "POST"
    assert json.loads(request.content) == {"domain_id": 1, "local_part": "alice"}
    assert request.headers["content-type"] == "application/json"
    assert len(request.headers.get_list("idempotency-key")) == 1


async def test_per_call_headers_replace_the_defaults_case_insensitively() -> None:
    recorder = Recorder()
    async with client(recorder) as tm:
        await tm.mailboxes.get(7, extra_headers={"accept": "application/json; v=2"})
    (request,) = recorder.requests
    assert request.headers.get_list("accept") == ["application/json; v=2"]


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (None, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
async def test_a_per_call_timeout_replaces_the_clients(
    seconds: float | None, expected: dict[str, float | None]
) -> None:
    recorder = Recorder()
    async with client(recorder) as tm:
        await tm.mailboxes.get(7, timeout=seconds)
        await tm.mailboxes.get(7)
    assert recorder.requests[0].extensions["timeout"] == expected
    assert recorder.requests[1].extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 10.0,
    }


async def test_query_parameters_are_encoded_as_httpx_encodes_them() -> None:
    recorder = Recorder(body={"data": [], "meta": {"current_page": 1, "last_page": 1}})
    async with client(recorder) as tm:
        await list_mailboxes.asyncio(client=tm, search="a b@c", per_page=5)
        await tm.get_async_httpx_client().get(
            "/api/v1/mailboxes", params={"search": "a b@c", "per_page": 5}
        )
    direct, through_httpx = recorder.requests
    assert direct.url.params == through_httpx.url.params
    assert direct.url.params["search"] == "a b@c"


async def test_the_response_is_read_and_knows_its_request() -> None:
    recorder = Recorder()
    async with client(recorder) as tm:
        detailed = await get_mailbox.asyncio_detailed(7, client=tm)
    assert json.loads(detailed.content) == MAILBOX
    assert detailed.parsed.data.id == 7


async def test_a_closed_client_refuses_to_send_and_says_so() -> None:
    recorder = Recorder()
    tm = client(recorder)
    await get_mailbox.asyncio(7, client=tm)
    await tm.aclose()
    with pytest.raises(RuntimeError, match=r"closed; create a new one"):
        await get_mailbox.asyncio(7, client=tm)
    assert len(recorder.requests) == 1


async def test_a_derived_client_uses_its_own_headers_and_timeout() -> None:
    recorder = Recorder()
    async with client(recorder) as tm:
        derived = tm.with_options(headers={"X-Team": "red"}, timeout=1.0)
        await get_mailbox.asyncio(7, client=derived)
        await get_mailbox.asyncio(7, client=tm)
        await derived.aclose()  # its own view: the shared pool stays open
        await get_mailbox.asyncio(7, client=tm)
    first, second, third = recorder.requests
    assert first.headers["x-team"] == "red" and first.extensions["timeout"]["read"] == 1.0
    assert "x-team" not in second.headers and second.extensions["timeout"]["read"] == 30.0
    assert third.url == second.url


async def test_arguments_it_does_not_handle_go_through_httpx() -> None:
    recorder = Recorder()
    async with client(recorder) as tm:
        response = await send(
            tm,
            {
                "method": "get",
                "url": "/api/v1/mailboxes/7",
                "follow_redirects": False,
                "extensions": {"trekmail_operation_id": "get_mailbox"},
            },
        )
        await get_mailbox.asyncio(7, client=tm)
    assert response.status_code == 200
    through_httpx, direct = recorder.requests
    assert READ_BODY_EXTENSION not in through_httpx.extensions
    assert direct.extensions[READ_BODY_EXTENSION] is True
    assert through_httpx.headers["authorization"] == f"Bearer {OPS}"


class CutShort(httpx.AsyncByteStream):
    """A 2xx body whose connection breaks half-way; records that it was closed."""

    def __init__(self, closed: list[bool]) -> None:
        self.closed = closed

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"data":'
        raise httpx.ReadError("connection reset")

    async def aclose(self) -> None:
        self.closed.append(True)


def cut_first(answers: int, closed: list[bool], calls: list[str]) -> httpx.MockTransport:
    """The first ``answers`` answers are cut short, the rest whole."""

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        status = 201 if request.method == "POST" else 200
        if len(calls) <= answers:
            json_type = {"content-type": "application/json"}
            return httpx.Response(status, headers=json_type, stream=CutShort(closed))
        return httpx.Response(status, json=MAILBOX)

    return httpx.MockTransport(answer)


async def test_a_body_cut_short_is_a_connection_error_after_sending() -> None:
    closed: list[bool] = []
    calls: list[str] = []
    async with TrekMail(ops_token=OPS, transport=cut_first(9, closed, calls), max_retries=0) as tm:
        with pytest.raises(APIConnectionError) as info:
            await get_mailbox.asyncio(7, client=tm)
    assert info.value.request_sent is True
    assert "ReadError" in str(info.value)
    assert closed == [True] and calls == ["GET"]


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_a_body_cut_short_is_retried_when_the_request_is_safe_to_repeat(
    method: str,
) -> None:
    closed: list[bool] = []
    calls: list[str] = []
    transport = cut_first(1, closed, calls)
    policy = RetryPolicy(backoff_base=0.0)
    async with TrekMail(ops_token=OPS, transport=transport, retry_policy=policy) as tm:
        if method == "GET":
            got = await get_mailbox.asyncio(7, client=tm)
        else:  # carries an Idempotency-Key, so the server replays rather than repeats it
            body = MailboxCreateRequest(domain_id=1, local_part="alice")
            got = await create_mailbox.asyncio(client=tm, body=body)
    assert got.data.id == 7
    assert calls == [method, method] and closed == [True]


async def test_a_2xx_body_that_cannot_be_decoded_is_a_connection_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        # A stream, so the body is decoded where a real transport's would be: when read.
        stream = httpx.ByteStream(b"not gzip")
        return httpx.Response(200, stream=stream, headers={"content-encoding": "gzip"})

    async with TrekMail(ops_token=OPS, transport=httpx.MockTransport(answer)) as tm:
        with pytest.raises(APIConnectionError) as caught:
            await get_mailbox.asyncio(7, client=tm)
    assert caught.value.code == "decoding_error" and caught.value.request_sent is True


async def test_headers_given_in_another_case_replace_the_defaults() -> None:
    recorder = Recorder()
    tm = client(recorder, headers={"user-agent": "mine/1", "X-A": "parent"})
    async with tm:
        await get_mailbox.asyncio(7, client=tm)
        derived = tm.with_options(headers={"x-a": "clone"})
        await get_mailbox.asyncio(7, client=derived)
    first, second = recorder.requests
    assert first.headers.get_list("user-agent") == ["mine/1"]
    assert first.headers.get_list("x-a") == ["parent"]
    assert second.headers.get_list("x-a") == ["clone"]
    assert second.headers.get_list("user-agent") == ["mine/1"]


async def test_a_client_closed_before_any_call_refuses_to_send() -> None:
    recorder = Recorder()
    tm = client(recorder)
    await tm.aclose()
    assert tm.is_closed
    with pytest.raises(RuntimeError, match=r"closed; create a new one"):
        await get_mailbox.asyncio(7, client=tm)
    with pytest.raises(RuntimeError, match=r"closed; create a new one"):
        tm.get_async_httpx_client()
    assert recorder.requests == []


async def test_a_derived_client_refuses_once_its_parent_is_closed() -> None:
    recorder = Recorder()
    tm = client(recorder)
    derived = tm.with_options(max_retries=1)
    await get_mailbox.asyncio(7, client=derived)
    await tm.aclose()
    assert derived.is_closed
    with pytest.raises(RuntimeError, match=r"closed; create a new one"):
        await get_mailbox.asyncio(7, client=derived)
    assert len(recorder.requests) == 1


def test_a_base_url_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(ValueError, match="bearer token") as caught:
        TrekMail(base_url="https://user:s3cret@trekmail.net", ops_token=OPS)
    assert "s3cret" not in str(caught.value)


async def test_an_empty_transport_error_still_says_what_happened() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("")

    async with TrekMail(ops_token=OPS, transport=httpx.MockTransport(answer), max_retries=0) as tm:
        with pytest.raises(APIConnectionError, match="closed or reset"):
            await get_mailbox.asyncio(7, client=tm)
