"""Transport behaviour through the whole SDK (auth flow, retry layer, error mapping) on the HTTP
backend of this run: ``$TREKMAIL_HTTP_BACKEND`` (``make test`` runs tests/behaviour once with
``httpx`` and once with ``aiohttp``), over real sockets on 127.0.0.1.

Timeouts per phase, connection errors and whether the request was sent, drops and resets,
streaming, redirects, the origin check, pool limits, cancellation and connection reuse. The
server is either the sandbox (faults) or :class:`RawServer`, a minimal HTTP/1.1 server that
counts connections and lets each test script its answer. Nothing here waits on a clock: every
timeout that fires is the only one that can (the others are a minute), and waits are events
or bounded polling.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import trustme
from click.testing import CliRunner

from trekmail_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RetryPolicy,
    TrekMail,
    pool_limits,
)
from trekmail_client._client import DEFAULT_LIMITS, HTTP_BACKEND_ENV
from trekmail_client.api.domains import list_domains
from trekmail_client.api.verify import verify_job_download
from trekmail_client.cli import main
from trekmail_client.testing import DEMO_OPS_TOKEN, Sandbox

pytestmark = [pytest.mark.anyio, pytest.mark.behaviour]

BACKEND = os.environ.get(HTTP_BACKEND_ENV) or "httpx"
TOKEN = "tm_live_backend0test0token"
MINUTE = 60.0


@dataclass
class Seen:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


def answer_bytes(
    status: int = 200,
    body: bytes = b'{"data": []}',
    headers: tuple[tuple[str, str], ...] = (),
    content_type: str = "application/json",
) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
    head += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


Answer = Callable[["RawServer", Seen, asyncio.StreamWriter], Awaitable[bool]]


async def ok(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
    writer.write(answer_bytes())
    await writer.drain()
    return True


async def held(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
    """Answer only once the test sets ``server.release`` (or the server closes)."""
    await server.release.wait()
    return await ok(server, seen, writer)


@dataclass
class RawServer:
    """A minimal keep-alive HTTP/1.1 server on 127.0.0.1 (Content-Length bodies only)."""

    answer: Answer = ok
    read_bodies: bool = True
    tls: ssl.SSLContext | None = None
    connections: int = 0
    requests: list[Seen] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    arrived: asyncio.Condition = field(default_factory=asyncio.Condition)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)
    _server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def wait_for_requests(self, count: int) -> None:
        async with self.arrived:
            await asyncio.wait_for(
                self.arrived.wait_for(lambda: len(self.requests) >= count), MINUTE
            )

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers: dict[str, str] = {}
                for line in filter(None, lines[1:]):
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                if not self.read_bodies and length:
                    await self.release.wait()  # never reads the body: the upload stalls
                    return
                body = await reader.readexactly(length) if length else b""
                seen = Seen(method, target, headers, body)
                async with self.arrived:
                    self.requests.append(seen)
                    self.arrived.notify_all()
                if not await self.answer(self, seen, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", 0, backlog=1024, ssl=self.tls
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.release.set()
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()


def client(url: str, **options: Any) -> TrekMail:
    options.setdefault("max_retries", 0)
    options.setdefault("timeout", httpx.Timeout(MINUTE))
    tm = TrekMail(base_url=url, ops_token=options.pop("token", TOKEN), **options)
    assert tm.http_backend == BACKEND
    return tm


async def get(tm: TrekMail, path: str = "/api/v1/domains") -> httpx.Response:
    return await tm.get_async_httpx_client().get(path)


@contextlib.contextmanager
def full_backlog() -> Iterator[str]:
    """A listening port whose accept queue is full: a new connection's SYN is dropped, so
    connecting hangs until the client's connect timeout (loopback only)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        yield f"http://127.0.0.1:{port}"
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


# -- connection errors and timeouts per phase --------------------------------------------------


async def test_refused_connection_is_a_connection_error_not_sent() -> None:
    async with client(closed_port()) as tm:
        with pytest.raises(APIConnectionError) as caught:
            await get(tm)
    assert type(caught.value) is APIConnectionError
    assert caught.value.request_sent is False
    assert "ConnectError" in str(caught.value)


async def test_connect_timeout_is_a_timeout_not_sent() -> None:
    with full_backlog() as url:
        async with client(url, timeout=httpx.Timeout(MINUTE, connect=0.2)) as tm:
            with pytest.raises(APITimeoutError) as caught:
                await get(tm)
    assert caught.value.request_sent is False
    assert "ConnectTimeout" in str(caught.value)


async def test_read_timeout_is_sent_and_a_get_is_retried() -> None:
    async with RawServer(answer=held) as server:
        tm = client(server.url, timeout=httpx.Timeout(MINUTE, read=0.2), max_retries=1)
        async with tm:
            with pytest.raises(APITimeoutError) as caught:
                await get(tm)
        assert caught.value.request_sent is True
        assert "ReadTimeout" in str(caught.value)
        assert len(server.requests) == 2  # the first attempt and one retry


async def test_write_timeout_when_the_server_stops_reading_the_body() -> None:
    body = b"x" * (32 * 1024 * 1024)  # more than both kernels' socket buffers hold
    async with RawServer(read_bodies=False) as server:
        async with client(server.url, timeout=httpx.Timeout(MINUTE, write=0.2)) as tm:
            with pytest.raises(APITimeoutError) as caught:
                await tm.get_async_httpx_client().post("/api/v1/mailboxes", content=body)
    assert caught.value.request_sent is True
    assert "WriteTimeout" in str(caught.value)


async def test_pool_timeout_when_every_connection_is_busy() -> None:
    async with RawServer(answer=held) as server:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with client(server.url, limits=limits) as tm:
            first = asyncio.create_task(get(tm))
            await server.wait_for_requests(1)
            impatient = tm.with_options(timeout=httpx.Timeout(MINUTE, pool=0.2))
            with pytest.raises(APITimeoutError) as caught:
                await get(impatient)
            server.release.set()
            assert (await first).status_code == 200
    assert caught.value.request_sent is False
    assert "PoolTimeout" in str(caught.value)
    assert server.connections == 1


async def test_cancelling_a_request_frees_its_pool_slot() -> None:
    async with RawServer(answer=held) as server:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with client(server.url, limits=limits) as tm:
            stuck = asyncio.create_task(get(tm))
            await server.wait_for_requests(1)
            stuck.cancel()
            with pytest.raises(asyncio.CancelledError):
                await stuck
            server.answer = ok
            response = await get(tm)  # would wait a minute for the slot if it leaked
    assert response.status_code == 200
    assert len(server.requests) == 2


async def test_closing_a_streamed_response_early_frees_its_pool_slot() -> None:
    async with RawServer() as server:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with client(server.url, limits=limits) as tm:
            http = tm.get_async_httpx_client()
            for _ in range(3):
                async with http.stream("GET", "/api/v1/domains") as response:
                    assert response.status_code == 200  # body never read
            assert (await get(tm)).status_code == 200
    assert len(server.requests) == 4


async def test_tls_is_verified_as_verify_ssl_says() -> None:
    ca = trustme.CA()
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(served)
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    async with RawServer(tls=served) as server:
        async with client(server.url) as tm:  # the default trust store does not know this CA
            with pytest.raises(APIConnectionError) as caught:
                await get(tm)
        async with client(server.url, verify_ssl=trusting) as tm:
            assert (await get(tm)).status_code == 200
        async with client(server.url, verify_ssl=False) as tm:
            assert (await get(tm)).status_code == 200
    assert type(caught.value) is APIConnectionError and caught.value.request_sent is False
    assert "ConnectError" in str(caught.value)
    assert len(server.requests) == 2


# -- drops, resets, slow answers and HTML pages (the sandbox's faults) -------------------------


@pytest.fixture
def sb(make_sandbox: Callable[..., Sandbox]) -> Sandbox:
    return make_sandbox()


ALICE = {"domain_id": 1, "local_part": "alice", "password": "Abcdefgh1234"}


@pytest.mark.parametrize("fault", ["drop-after-commit", "reset"])
async def test_a_lost_answer_is_a_connection_error_after_sending(sb: Sandbox, fault: str) -> None:
    sb.state.faults.enqueue(fault, path="/api/v1/mailboxes", method="POST")
    async with client(sb.url, token=DEMO_OPS_TOKEN) as tm:
        with pytest.raises(APIConnectionError) as caught:
            await tm.mailboxes.create(**ALICE)
    assert type(caught.value) is APIConnectionError  # not a timeout
    assert caught.value.request_sent is True
    assert len(sb.state.mailboxes) == (1 if fault == "drop-after-commit" else 0)


@pytest.mark.parametrize("fault", ["drop-after-commit", "reset"])
async def test_a_lost_answer_is_retried_with_the_same_key(sb: Sandbox, fault: str) -> None:
    sb.state.faults.enqueue(fault, path="/api/v1/mailboxes", method="POST")
    async with client(sb.url, token=DEMO_OPS_TOKEN, max_retries=1) as tm:
        raw = await tm.mailboxes.with_raw_response.create(**ALICE)
    assert raw.retries_taken == 1
    assert raw.replayed is (fault == "drop-after-commit")
    assert len(sb.state.mailboxes) == 1


async def test_a_slow_answer_within_the_read_timeout_arrives(sb: Sandbox) -> None:
    sb.state.faults.enqueue("slow:0.3", path="/api/v1/domains", method="GET")
    async with client(sb.url, token=DEMO_OPS_TOKEN) as tm:
        page = await tm.domains.list()
    assert len(page.items) == 3


async def test_an_html_502_is_a_typed_error(sb: Sandbox) -> None:
    sb.state.faults.enqueue("html-502", path="/api/v1/domains", method="GET")
    async with client(sb.url, token=DEMO_OPS_TOKEN) as tm:
        with pytest.raises(InternalServerError) as caught:
            await tm.domains.list()
    assert caught.value.status == 502


def test_the_cli_provisions_on_the_backend_it_is_given(
    make_sandbox: Callable[..., Sandbox], tmp_path: Path
) -> None:
    sandbox = make_sandbox()
    rows = tmp_path / "rows.csv"
    rows.write_text("domain,local_part\nexample.com,alice\nexample.com,bob\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["provision", "run", str(rows), "--base-url", sandbox.url, "--http-backend", BACKEND],
        env={"TREKMAIL_API_TOKEN": DEMO_OPS_TOKEN},
    )
    assert result.exit_code == 0, result.output
    assert sorted(m.local_part for m in sandbox.state.mailboxes.values()) == ["alice", "bob"]


# -- streaming, redirects, cookies, the origin check and query strings ------------------------


async def test_a_download_is_written_while_it_arrives(tmp_path: Path) -> None:
    first, rest = b"a" * (512 * 1024), b"b" * (512 * 1024)

    async def halves(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        head = answer_bytes(body=b"", content_type="text/csv").replace(
            b"Content-Length: 0", f"Content-Length: {len(first) + len(rest)}".encode()
        )
        writer.write(head + first)
        await writer.drain()
        await server.release.wait()  # the second half only once the first is on disk
        writer.write(rest)
        await writer.drain()
        return True

    async def written() -> int:
        for _ in range(6000):  # bounded polling, up to about a minute
            sizes = [p.stat().st_size for p in tmp_path.iterdir() if p.name.startswith(".")]
            if sizes and max(sizes) >= 256 * 1024:
                return max(sizes)
            await asyncio.sleep(0.01)
        raise AssertionError("nothing reached the disk while the body was still arriving")

    async with RawServer(answer=halves) as server:
        async with client(server.url) as tm:
            task = asyncio.create_task(tm.download(verify_job_download, tmp_path / "r.csv", 42))
            assert await written() <= len(first)
            server.release.set()
            result = await task
    assert result.bytes_written == len(first) + len(rest)
    assert (tmp_path / "r.csv").read_bytes() == first + rest


async def test_a_redirect_is_refused_and_not_followed() -> None:
    async def redirect(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(answer_bytes(302, b"", (("Location", "http://127.0.0.1:9/elsewhere"),)))
        await writer.drain()
        return True

    async with RawServer(answer=redirect) as server:
        async with client(server.url) as tm:
            with pytest.raises(APIStatusError) as caught:
                await get(tm)
    assert caught.value.code == "redirect_not_followed"
    assert len(server.requests) == 1


async def test_the_token_goes_only_to_the_configured_origin() -> None:
    async with RawServer() as home, RawServer() as other:
        async with client(home.url) as tm:
            await get(tm)
            await tm.get_async_httpx_client().get(f"{other.url}/api/v1/domains")
    assert home.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert "authorization" not in other.requests[0].headers


async def test_cookies_are_the_httpx_clients_alone() -> None:
    """Cookies live in the httpx client's jar on both backends: aiohttp's session keeps none
    of its own, so a cookie the httpx jar dropped is not sent behind its back."""

    async def set_cookie(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(answer_bytes(headers=(("Set-Cookie", "session=1; Path=/"),)))
        await writer.drain()
        return True

    async with RawServer(answer=set_cookie) as server:
        # By name: aiohttp's default jar ignores cookies from an IP address.
        async with client(server.url.replace("127.0.0.1", "localhost")) as tm:
            http = tm.get_async_httpx_client()
            await get(tm)
            await get(tm)
            http.cookies.clear()
            await get(tm)
    cookies = [seen.headers.get("cookie") for seen in server.requests]
    assert cookies == [None, "session=1", None]


async def test_generated_calls_keep_no_cookies() -> None:
    """A generated call goes straight to the retry transport: a Set-Cookie is not stored, so
    no later call sends it (the API uses bearer tokens), on either backend."""

    async def set_cookie(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(answer_bytes(body=DOMAINS, headers=(("Set-Cookie", "session=1; Path=/"),)))
        await writer.drain()
        return True

    async with RawServer(answer=set_cookie) as server:
        async with client(server.url.replace("127.0.0.1", "localhost")) as tm:
            await list_domains.asyncio(client=tm)
            await list_domains.asyncio(client=tm)
            assert not tm.get_async_httpx_client().cookies
    assert [seen.headers.get("cookie") for seen in server.requests] == [None, None]


DOMAINS = b'{"data": [], "meta": {"current_page": 1, "last_page": 1, "per_page": 15, "total": 0}}'


async def cut_short(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
    """The first answer promises a longer body than it sends and closes; the rest are whole."""
    if len(server.requests) > 1:
        writer.write(answer_bytes(body=DOMAINS))
        await writer.drain()
        return True
    whole = answer_bytes(body=DOMAINS)
    writer.write(whole[: len(whole) - 10])
    await writer.drain()
    return False  # the server closes the connection mid-body


async def test_a_2xx_body_cut_short_is_a_connection_error_after_sending() -> None:
    async with RawServer(answer=cut_short) as server:
        async with client(server.url) as tm:
            with pytest.raises(APIConnectionError) as caught:
                await list_domains.asyncio(client=tm)
    assert caught.value.request_sent is True
    assert not isinstance(caught.value, APITimeoutError)
    assert len(server.requests) == 1


async def test_a_2xx_body_cut_short_is_retried_when_safe() -> None:
    async with RawServer(answer=cut_short) as server:
        policy = RetryPolicy(backoff_base=0.0)  # no wait before the retry
        async with client(server.url, max_retries=1, retry_policy=policy) as tm:
            page = await list_domains.asyncio(client=tm)
    assert page.data == []
    assert len(server.requests) == 2
    assert server.requests[0].headers["x-request-id"] == server.requests[1].headers["x-request-id"]


async def drop_the_second(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
    """Answer the first request; close the connection on the second without answering."""
    if len(server.requests) > 1:
        return False
    writer.write(answer_bytes(body=DOMAINS))
    await writer.drain()
    return True


async def test_a_dropped_kept_alive_connection_is_one_send_per_attempt() -> None:
    """aiohttp re-sends GET/PUT/DELETE by itself when a reused connection drops; the SDK turns
    that off, so every send is one the retry loop counted (as on httpx)."""
    async with RawServer(answer=drop_the_second) as server:
        async with client(server.url) as tm:  # max_retries=0
            await list_domains.asyncio(client=tm)  # opens the connection the next call reuses
            with pytest.raises(APIConnectionError) as caught:
                await list_domains.asyncio(client=tm)
    assert caught.value.request_sent is True
    assert len(server.requests) == 2
    assert server.connections == 1


def chain(error: BaseException | None) -> Iterator[BaseException]:
    """``error`` and every exception reachable from it by ``__cause__`` / ``__context__``."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


@pytest.mark.parametrize(
    "answer",
    [b"HTTP/1.1 2OO OK\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"],
    ids=["bad-status-line", "bad-content-length"],
)
async def test_no_error_reachable_from_a_malformed_answer_holds_the_token(answer: bytes) -> None:
    async def malformed(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        writer.write(answer)
        await writer.drain()
        return False

    async with RawServer(answer=malformed) as server:
        async with client(server.url) as tm:
            with pytest.raises(APIConnectionError) as caught:
                await list_domains.asyncio(client=tm)
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    for error in chain(caught.value):
        assert TOKEN not in repr(error) and TOKEN not in str(error)
        assert TOKEN not in repr(getattr(error, "args", ()))


async def error_cut_short(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
    """A 503 whose body breaks off; after that, whole answers."""
    if len(server.requests) > 1:
        writer.write(answer_bytes(body=DOMAINS))
        await writer.drain()
        return True
    whole = answer_bytes(503, b'{"error": {"code": "maintenance", "message": "back soon"}}')
    writer.write(whole[: len(whole) - 10])
    await writer.drain()
    return False


async def test_an_error_body_cut_short_is_read_from_its_status() -> None:
    async with RawServer(answer=error_cut_short) as server:
        async with client(server.url) as tm:  # max_retries=0
            with pytest.raises(APIStatusError) as caught:
                await list_domains.asyncio(client=tm)
    assert caught.value.status == 503
    assert len(server.requests) == 1


async def test_an_error_body_cut_short_is_retried_as_its_status_says() -> None:
    async with RawServer(answer=error_cut_short) as server:
        policy = RetryPolicy(backoff_base=0.0)
        async with client(server.url, max_retries=1, retry_policy=policy) as tm:
            page = await list_domains.asyncio(client=tm)
    assert page.data == []
    assert len(server.requests) == 2


async def test_a_derived_client_does_not_download_once_its_parent_is_closed(
    tmp_path: Path,
) -> None:
    async with RawServer() as server:
        tm = client(server.url)
        derived = tm.with_options(max_retries=0)
        await get(derived)
        await tm.aclose()
        with pytest.raises(RuntimeError, match="closed; create a new one"):
            await derived.download(verify_job_download, tmp_path / "r.csv", 1)
        await derived.aclose()
    assert len(server.requests) == 1 and list(tmp_path.iterdir()) == []


async def test_query_values_arrive_unchanged() -> None:
    params = {"q": "a+b c/d%e", "email": "x@y.z", "t": "~!*'()"}
    async with RawServer() as server:
        async with client(server.url) as tm:
            await tm.get_async_httpx_client().get("/api/v1/domains", params=params)
    query = parse_qs(urlsplit(server.requests[0].target).query)
    assert {name: values[0] for name, values in query.items()} == params


# -- pool limits and connection reuse ------------------------------------------------------------


async def _load(tm: TrekMail, concurrency: int, requests: int) -> None:
    remaining = iter(range(requests))

    async def worker() -> None:
        for _ in remaining:
            assert (await get(tm)).status_code == 200

    await asyncio.gather(*(worker() for _ in range(concurrency)))


def untimed(limits: httpx.Limits) -> httpx.Limits:
    """``limits`` without the keep-alive expiry: connection counts then depend on the pool's
    structure only, never on how fast a loaded machine runs (an idle connection older than
    ``keepalive_expiry`` is closed, and that is time)."""
    return httpx.Limits(
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=None,
    )


@pytest.mark.parametrize("concurrency", [64, 256])
async def test_connections_are_reused(concurrency: int) -> None:
    """Once the pool has filled, no request opens a connection: connections opened never
    exceed the pool, so per request they fall below 0.01 after 100 requests per slot."""
    requests = concurrency
    async with RawServer() as server:
        async with client(server.url, limits=untimed(pool_limits(concurrency))) as tm:
            await _load(tm, concurrency, requests)
            filled = server.connections
            await _load(tm, concurrency, requests)
    assert filled <= concurrency + 2
    assert server.connections == filled  # the second round reused every connection
    assert len(server.requests) == 2 * requests


async def test_the_default_pool_caps_and_keeps_connections_at_256_in_flight() -> None:
    async with RawServer() as server:
        async with client(server.url, limits=untimed(DEFAULT_LIMITS)) as tm:
            await _load(tm, 256, 256)
            filled = server.connections
            await _load(tm, 256, 256)
    assert filled <= DEFAULT_LIMITS.max_connections  # type: ignore[operator]
    assert server.connections == filled
    assert len(server.requests) == 512


async def test_max_connections_is_never_exceeded() -> None:
    in_flight = peak = 0

    async def counted(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        return await ok(server, seen, writer)

    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3)
    async with RawServer(answer=counted) as server:
        async with client(server.url, limits=limits) as tm:
            await _load(tm, 16, 96)
    assert server.connections <= 3 and peak <= 3


async def test_idle_connections_kept_alive_beyond_max_keepalive_differ_by_backend() -> None:
    """httpx keeps at most ``max_keepalive_connections`` idle connections; aiohttp has no such
    cap and keeps every one (a documented difference; the SDK's limits keep them all)."""
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=1)

    async def barrier(server: RawServer, seen: Seen, writer: asyncio.StreamWriter) -> bool:
        if len(server.requests) % 4 == 0:
            server.release.set()
        await server.release.wait()
        return await ok(server, seen, writer)

    async with RawServer(answer=barrier) as server:
        async with client(server.url, limits=limits) as tm:
            for _ in range(2):
                server.release.clear()
                await asyncio.gather(*(get(tm) for _ in range(4)))
    assert server.connections == (7 if BACKEND == "httpx" else 4)
