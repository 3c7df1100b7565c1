"""The aiohttp backend's error table: every aiohttp failure becomes the httpx exception httpx
raises in the same situation, so the retry layer's "was the request sent?" holds on both
backends. httpx-aiohttp 0.2.0 maps ``ClientConnectionError`` (a disconnect, a reset, a refused
connection) to ``httpx.ConnectTimeout``, "not sent"; its result is mapped again from its
``__cause__``. The behaviour tests reach the common cases over real sockets; this table covers
the rest."""

from __future__ import annotations

import aiohttp
import httpx
import pytest
from aiohttp.client_reqrep import ConnectionKey, RequestInfo
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from trekmail_client._aiohttp import _httpx_error
from trekmail_client._retry import NOT_SENT_ERRORS

REQUEST = httpx.Request("POST", "http://127.0.0.1:9/api/v1/mailboxes")
KEY = ConnectionKey("127.0.0.1", 9, False, True, None, None, None)
INFO = RequestInfo(URL(str(REQUEST.url)), "POST", CIMultiDictProxy(CIMultiDict()))

CASES: list[tuple[BaseException, type[httpx.TransportError]]] = [
    (aiohttp.ConnectionTimeoutError("connect"), httpx.ConnectTimeout),
    (aiohttp.ClientConnectorError(KEY, ConnectionRefusedError(111, "refused")), httpx.ConnectError),
    (aiohttp.ClientConnectorDNSError(KEY, OSError(-2, "no such host")), httpx.ConnectError),
    (
        aiohttp.ClientProxyConnectionError(KEY, ConnectionRefusedError(111, "refused")),
        httpx.ProxyError,
    ),
    (aiohttp.NonHttpUrlClientError("ftp://x"), httpx.UnsupportedProtocol),
    (aiohttp.SocketTimeoutError("read"), httpx.ReadTimeout),
    (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
    (aiohttp.ClientConnectionResetError("closing transport"), httpx.WriteError),
    (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
    (aiohttp.ClientPayloadError("Response payload is not completed"), httpx.RemoteProtocolError),
    # A malformed answer: httpx calls that a protocol error.
    (
        aiohttp.ClientResponseError(INFO, (), status=400, message="bad header"),
        httpx.RemoteProtocolError,
    ),
    (aiohttp.ClientConnectionError("Connection closed"), httpx.ReadError),
    (TimeoutError(), httpx.ReadTimeout),
]
#: The classes the retry layer counts as "never sent" among those above (as with httpx).
NOT_SENT = (httpx.ConnectTimeout, httpx.ConnectError)


@pytest.mark.parametrize(("raised", "expected"), CASES, ids=lambda v: type(v).__name__)
def test_raw_and_wrapped_errors_map_to_httpx(
    raised: BaseException, expected: type[httpx.TransportError]
) -> None:
    direct = _httpx_error(raised, REQUEST)
    wrapped = httpx.ConnectTimeout("as httpx-aiohttp maps it")  # its class for most of these
    wrapped.__cause__ = raised
    for mapped in (direct, _httpx_error(wrapped, REQUEST)):
        assert type(mapped) is expected
        assert mapped.request is REQUEST
        assert isinstance(mapped, NOT_SENT_ERRORS) is (expected in NOT_SENT)


def test_other_errors_are_left_alone() -> None:
    assert _httpx_error(ValueError("not aiohttp"), REQUEST) is None
    assert _httpx_error(httpx.ReadTimeout("no cause"), REQUEST) is None
