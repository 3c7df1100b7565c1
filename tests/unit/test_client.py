"""TrekMail construction, from_env, repr, lifecycle, with_options and the sync refusal."""

from __future__ import annotations

import httpx
import pytest
import respx

from trekmail_client._backoff import RetryPolicy
from trekmail_client._client import DEFAULT_TIMEOUT, TrekMail
from trekmail_client._exceptions import APIError, InvalidTokenError, ResponseParseError
from trekmail_client._retry import RetryTransport
from trekmail_client.api.mailboxes import get_mailbox
from trekmail_client.client import AuthenticatedClient

OPS = "tm_live_unit0test0token"
MSG = "tm_msg_unit0test0token"
BASE = "https://trekmail.net"


def test_is_an_authenticated_client() -> None:
    tm = TrekMail(ops_token=OPS)
    assert isinstance(tm, AuthenticatedClient)
    assert tm.base_url == BASE and tm.token_types == ["ops"] and tm.max_retries == 2


def test_needs_a_token() -> None:
    with pytest.raises(ValueError, match="at least one token"):
        TrekMail()


def test_bad_token_refused_without_echo() -> None:
    with pytest.raises(InvalidTokenError) as info:
        TrekMail(ops_token="tm_msg_secretvalue")
    assert "secretvalue" not in str(info.value)


def test_repr_never_shows_tokens() -> None:
    tm = TrekMail(ops_token=OPS, message_token=MSG)
    for text in (repr(tm), str(tm), repr(tm.with_options(max_retries=1))):
        assert OPS not in text and MSG not in text
    assert repr(tm) == (
        "TrekMail(base_url='https://trekmail.net', tokens=['ops', 'message'], max_retries=2, "
        "strict=False)"
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://trekmail.net/", BASE),
        ("https://trekmail.net/api/v1", BASE),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("https://x.example/tm/", "https://x.example/tm"),
    ],
)
def test_base_url_normalised(given: str, expected: str) -> None:
    assert TrekMail(base_url=given, ops_token=OPS).base_url == expected


@pytest.mark.parametrize("bad", ["trekmail.net", "ftp://trekmail.net", ""])
def test_bad_base_url(bad: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        TrekMail(base_url=bad, ops_token=OPS)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREKMAIL_BASE_URL", "http://127.0.0.1:9000")
    monkeypatch.setenv("TREKMAIL_API_TOKEN", OPS)
    monkeypatch.setenv("TREKMAIL_MESSAGE_TOKEN", "")
    tm = TrekMail.from_env()
    assert tm.base_url == "http://127.0.0.1:9000" and tm.token_types == ["ops"]
    tm = TrekMail.from_env(message_token=MSG, max_retries=5)
    assert tm.token_types == ["ops", "message"] and tm.max_retries == 5
    monkeypatch.delenv("TREKMAIL_BASE_URL")
    assert TrekMail.from_env().base_url == BASE
    monkeypatch.delenv("TREKMAIL_API_TOKEN")
    with pytest.raises(ValueError):
        TrekMail.from_env()


def test_sync_api_refused() -> None:
    tm = TrekMail(ops_token=OPS)
    with pytest.raises(TypeError, match="async-only"):
        tm.get_httpx_client()
    assert not hasattr(get_mailbox, "sync") and not hasattr(get_mailbox, "sync_detailed")
    with pytest.raises(TypeError, match="async"), tm:
        pass
    with pytest.raises(TypeError):
        tm.set_async_httpx_client(httpx.AsyncClient())


def test_http_client_configuration() -> None:
    tm = TrekMail(ops_token=OPS, headers={"X-Extra": "1"})
    http = tm.get_async_httpx_client()
    assert http is tm.get_async_httpx_client()
    assert http.follow_redirects is False
    assert http.timeout == DEFAULT_TIMEOUT
    assert (http.timeout.connect, http.timeout.read, http.timeout.pool) == (5.0, 30.0, 10.0)
    assert http.headers["x-extra"] == "1"
    assert http.headers["user-agent"].startswith("trekmail-client/")
    assert "authorization" not in http.headers
    assert isinstance(tm._retry_transport().inner, httpx.AsyncHTTPTransport)


def test_retry_policy_and_transport_options() -> None:
    tm = TrekMail(ops_token=OPS, retry_policy=RetryPolicy(max_retries=5))
    assert tm.max_retries == 5 and tm.retry_policy.max_retries == 5
    transport = RetryTransport(policy=RetryPolicy(max_retries=1))
    assert TrekMail(ops_token=OPS, transport=transport).max_retries == 1
    with pytest.raises(ValueError):
        TrekMail(ops_token=OPS, transport=transport, retry_policy=RetryPolicy())
    with pytest.raises(ValueError):
        TrekMail(ops_token=OPS, max_retries=-1)


@pytest.mark.anyio
async def test_with_options_shares_pool_and_closes_cleanly() -> None:
    tm = TrekMail(ops_token=OPS, timeout=10.0)
    slow = tm.with_options(timeout=httpx.Timeout(120.0), max_retries=0, headers={"X-A": "b"})
    assert slow.max_retries == 0 and tm.max_retries == 2
    assert slow.get_async_httpx_client().timeout.read == 120.0
    assert tm.get_async_httpx_client().timeout.read == 10.0
    assert slow.retry_budget is tm.retry_budget and slow.rate_limit_gate is tm.rate_limit_gate
    assert slow.with_options().max_retries == 0
    assert tm.with_timeout(httpx.Timeout(1.0)).get_async_httpx_client().timeout.read == 1.0
    with respx.mock(base_url=BASE) as mock:
        route = mock.get("/api/v1/mailboxes/5").respond(
            200, json={"data": {"id": 5, "email": "a@example.com"}}
        )
        async with slow:
            await get_mailbox.asyncio_detailed(5, client=slow)
        # closing the derived client leaves the shared pool open
        await get_mailbox.asyncio_detailed(5, client=tm)
        assert route.call_count == 2
        assert route.calls[0].request.headers["x-a"] == "b"
    await tm.aclose()
    assert tm.get_async_httpx_client().is_closed


@pytest.mark.anyio
async def test_aclose_without_use() -> None:
    await TrekMail(ops_token=OPS).aclose()
    tm = TrekMail(ops_token=OPS)
    tm.with_options(max_retries=1)
    await tm.aclose()


def test_identity_equality() -> None:
    a, b = TrekMail(ops_token=OPS), TrekMail(ops_token=OPS)
    assert a != b and a == a and len({a, b}) == 2


def test_with_cookies_refused() -> None:
    with pytest.raises(TypeError):
        TrekMail(ops_token=OPS).with_cookies({"a": "b"})


def test_trekmail_log_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from trekmail_client import _logging

    monkeypatch.setattr(_logging, "_configured", False)
    logger = logging.getLogger("trekmail_client")
    monkeypatch.setattr(logger, "level", logger.level)
    _logging.setup_logging({"TREKMAIL_LOG": "DEBUG"})
    assert logger.level == logging.DEBUG
    monkeypatch.setattr(_logging, "_configured", False)
    _logging.setup_logging({"TREKMAIL_LOG": "info"})
    assert logger.level == logging.INFO
    assert _logging.redact_headers({"Authorization": "Bearer x", "A": "b"}) == {
        "Authorization": "<redacted>",
        "A": "b",
    }


@pytest.mark.anyio
@respx.mock
async def test_redirect_is_an_error_naming_the_target() -> None:
    respx.get("http://trekmail.test/api/v1/mailboxes/1").respond(
        301, headers={"Location": "https://trekmail.test/api/v1/mailboxes/1"}
    )
    async with TrekMail(base_url="http://trekmail.test", ops_token=OPS) as tm:
        with pytest.raises(APIError) as exc:
            await get_mailbox.asyncio(1, client=tm)
    assert exc.value.status == 301 and exc.value.code == "redirect_not_followed"
    assert "https://trekmail.test/api/v1/mailboxes/1" in str(exc.value)


@pytest.mark.anyio
@respx.mock
async def test_undocumented_status_raises_when_strict_instead_of_returning_none() -> None:
    respx.get("http://trekmail.test/api/v1/mailboxes/1").respond(204)
    async with TrekMail(base_url="http://trekmail.test", ops_token=OPS, strict=True) as tm:
        with pytest.raises(ResponseParseError, match="expected 200, got 204"):
            await get_mailbox.asyncio(1, client=tm)
