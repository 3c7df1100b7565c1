"""The ``aiohttp`` HTTP backend: httpx-aiohttp's ``AiohttpTransport``, made to behave as
``httpx.AsyncHTTPTransport`` does for everything the SDK's retry layer and callers rely on.

Imported only when ``TrekMail(http_backend="aiohttp")`` is chosen (extra ``aiohttp``), so
``import trekmail_client`` never pays for aiohttp.

What httpx-aiohttp 0.2.0 does on its own, and what this module adds (read from its source):

* **Errors.** It maps aiohttp's exceptions to httpx's by a table in which
  ``aiohttp.ClientConnectionError`` (the base of a server disconnect, a reset and a refused
  connection) becomes ``httpx.ConnectTimeout``; the retry layer would then take a dropped
  answer for a request never sent, and a refused connection for a timeout. Exceptions outside
  its table (a malformed answer's ``ClientResponseError``) escape as aiohttp's own. Here every
  aiohttp error, raw or wrapped (``__cause__``), is mapped again by :func:`_httpx_error` to the
  class httpx raises in the same situation: not sent (``ConnectError``, ``ConnectTimeout``,
  ``PoolTimeout``) only when the request never left.
* **Timeouts.** It passes httpx's ``pool`` timeout as aiohttp's ``connect`` (pool wait plus
  connecting) and has no write timeout (aiohttp starts its read timer only after the body is
  written). Here the pool phase is a slot semaphore of ``max_connections`` with the ``pool``
  timeout (``httpx.PoolTimeout``), aiohttp's ``connect`` and ``sock_connect`` get httpx's
  ``connect``, ``sock_read`` gets ``read``, and a body over 64 KiB is fed through a watchdog
  that raises ``httpx.WriteTimeout`` when one chunk waits longer than ``write`` to be sent.
* **Session.** It builds a ``ClientSession`` on first use with aiohttp's defaults, which keep
  a cookie jar of their own (cookies the httpx client never saw would be sent) and cap an
  unlimited pool at 100. Here the session gets a ``DummyCookieJar`` (cookies stay httpx's
  business, as on the default backend), ``limit=max_connections`` (0, unlimited, for
  ``None``) and ``keepalive_timeout=keepalive_expiry``. aiohttp keeps every idle connection
  alive: ``max_keepalive_connections`` has no counterpart (the SDK's limits keep them all
  anyway). The session lives until the client is closed.
* **Streaming.** Response bodies are read in chunks as the caller iterates (aiohttp's flow
  control bounds its buffer); closing the response releases the connection and the pool slot,
  also on cancellation.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

__all__ = ["AiohttpBackendTransport"]

#: aiohttp's writer waits for the socket to drain once its buffer holds more than this.
_DRAIN_LIMIT = 0x10000
_UPLOAD_CHUNK = 0x10000


def _httpx_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError | None:
    """The httpx exception for an aiohttp failure (raw or wrapped by httpx-aiohttp), or
    ``None`` when ``exc`` is not one.

    Callers raise it without a chain to ``exc``: some aiohttp errors
    (``ClientResponseError``) carry the request's headers in their repr, the bearer token
    among them. The message keeps aiohttp's text (``str``, which holds no header)."""
    cause: BaseException | None = exc
    if isinstance(exc, httpx.TransportError):
        cause = exc.__cause__
    if isinstance(cause, TimeoutError) and not isinstance(cause, aiohttp.ClientError):
        # A bare timeout from aiohttp (its total timeout, which is never set here): not
        # known to be before sending, so the conservative class.
        return httpx.ReadTimeout(str(cause) or "timed out", request=request)
    if not isinstance(cause, aiohttp.ClientError):
        return None
    message = str(cause) or type(cause).__name__
    kind: type[httpx.TransportError]
    # Before anything was sent.
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(cause, aiohttp.ClientProxyConnectionError):
        kind = httpx.ProxyError
    elif isinstance(cause, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake
        kind = httpx.ConnectError
    elif isinstance(cause, aiohttp.InvalidURL | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    # After (part of) the request was sent.
    elif isinstance(cause, aiohttp.ServerTimeoutError):  # sock_read
        kind = httpx.ReadTimeout
    elif isinstance(cause, aiohttp.ClientConnectionResetError):  # writing to a closed socket
        kind = httpx.WriteError
    elif isinstance(
        cause,
        aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError | aiohttp.ClientPayloadError,
    ):
        # Closed without an answer / a malformed answer / a body cut short (httpx names the
        # last one RemoteProtocolError too: "peer closed connection without sending complete
        # message body").
        kind = httpx.RemoteProtocolError
    else:  # a reset while reading, ...
        kind = httpx.ReadError
    return kind(message, request=request)


class _Slot:
    """One pool slot, released exactly once."""

    __slots__ = ("_semaphore",)

    def __init__(self, semaphore: asyncio.Semaphore | None) -> None:
        self._semaphore = semaphore

    def release(self) -> None:
        if self._semaphore is not None:
            self._semaphore.release()
            self._semaphore = None


class _ResponseStream(httpx.AsyncByteStream):
    """The body as httpx-aiohttp streams it, with errors mapped and the slot freed on close."""

    def __init__(self, inner: Any, slot: _Slot, request: httpx.Request) -> None:
        self._inner = inner
        self._slot = slot
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        mapped: httpx.TransportError | None = None
        try:
            async for chunk in self._inner:
                yield chunk
        except Exception as exc:
            mapped = _httpx_error(exc, self._request)
            if mapped is None:
                raise
        if mapped is not None:
            raise mapped  # outside the handler: no chain to aiohttp's error (see _httpx_error)

    async def aclose(self) -> None:
        mapped: httpx.TransportError | None = None
        try:
            await self._inner.aclose()
        except Exception as exc:
            mapped = _httpx_error(exc, self._request)
            if mapped is None:
                raise
        finally:
            self._slot.release()
        if mapped is not None:
            raise mapped


class _TimedUpload(httpx.AsyncByteStream):
    """A request body handed to aiohttp chunk by chunk; each chunk must be taken (the one
    before it written) within ``write`` seconds, or the scope around the request expires."""

    def __init__(self, chunks: Callable[[], AsyncIterator[bytes]], write: float) -> None:
        self._chunks = chunks
        self._write = write
        #: The scope the send runs in (entered by the transport); unarmed until a chunk is taken.
        self.scope = asyncio.timeout(None)
        self.active = True

    def _arm(self, seconds: float | None) -> None:
        if self.active:
            deadline = None if seconds is None else asyncio.get_running_loop().time() + seconds
            self.scope.reschedule(deadline)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._chunks():
            self._arm(self._write)
            yield chunk
        self._arm(None)


async def _byte_chunks(body: bytes) -> AsyncIterator[bytes]:
    for start in range(0, len(body), _UPLOAD_CHUNK):
        yield body[start : start + _UPLOAD_CHUNK]


class AiohttpBackendTransport(httpx.AsyncBaseTransport):
    """The inner transport of ``TrekMail(http_backend="aiohttp")`` (see the module docstring).

    Args:
        verify: TLS verification, as ``httpx.AsyncHTTPTransport`` takes it (``True``, a CA
            bundle path or an ``ssl.SSLContext``).
        limits: ``httpx.Limits``: ``max_connections`` is both the pool slots (waited for up to
            the ``pool`` timeout) and aiohttp's connector limit; ``keepalive_expiry`` (seconds)
            is aiohttp's ``keepalive_timeout``.

    ``handle_async_request`` returns a streaming ``httpx.Response`` and raises only
    ``httpx.TransportError`` subclasses, as ``httpx.AsyncHTTPTransport`` does.
    """

    def __init__(self, *, verify: Any = True, limits: httpx.Limits) -> None:
        self._limits = limits
        self._semaphore = (
            asyncio.Semaphore(limits.max_connections) if limits.max_connections else None
        )
        self._inner = AiohttpTransport(verify=verify, limits=limits, client=self._session)

    def _session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._inner.ssl_context,
        )
        session = aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())
        # aiohttp re-sends GET, HEAD, OPTIONS, PUT and DELETE once by itself when a kept-alive
        # connection drops (RFC 9112 section 9.3.1); the SDK's retry loop must see every send
        # (its budget, the pace, ``retries_taken``), as on httpx, which never re-sends. aiohttp
        # has no public switch; its own test client turns the same attribute off.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    async def _acquire(self, request: httpx.Request, pool: float | None) -> _Slot:
        semaphore = self._semaphore
        if semaphore is None:
            return _Slot(None)
        if not semaphore.locked():
            # A free slot: ``acquire()`` takes it without suspending (so without a point where
            # a cancellation or the pool timeout could strike), and no pool timer is armed.
            await semaphore.acquire()
            return _Slot(semaphore)
        try:
            async with asyncio.timeout(pool):
                await semaphore.acquire()
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"no free connection within {pool}s (max_connections="
                f"{self._limits.max_connections})",
                request=request,
            ) from None
        return _Slot(self._semaphore)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` over aiohttp; see the class docstring."""
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        connect = timeouts.get("connect")
        write = timeouts.get("write")
        slot = await self._acquire(request, timeouts.get("pool"))
        # httpx-aiohttp reads: connect -> sock_connect, read -> sock_read, pool -> connect
        # (aiohttp's pool wait plus connecting); the pool wait is over, so "pool" is connect.
        mapped = {"connect": connect, "read": timeouts.get("read"), "pool": connect}
        upload: _TimedUpload | None = None
        scope: asyncio.Timeout | None = None
        original = request.extensions
        try:
            sent, upload = _outgoing(request, mapped, write)
            if upload is None:
                # No watchdog: no timeout scope around the send (it would never be armed).
                try:
                    response = await self._inner.handle_async_request(sent)
                finally:
                    request.extensions = original
            else:
                async with upload.scope as scope:
                    try:
                        response = await self._inner.handle_async_request(sent)
                    finally:
                        upload.active = False
                        request.extensions = original
        except BaseException as exc:
            slot.release()
            if upload is not None and scope is not None and scope.expired():
                error: httpx.TransportError | None = httpx.WriteTimeout(
                    f"a chunk of the request body waited more than {write}s to be sent",
                    request=request,
                )
            else:
                error = _httpx_error(exc, request)
            if error is None:
                raise
        else:
            response.stream = _ResponseStream(response.stream, slot, request)
            return response
        # Raised outside the handler, so the error carries no chain to aiohttp's exception
        # (see _httpx_error): its repr holds the request's headers, the bearer token among them.
        raise error

    async def aclose(self) -> None:
        """Close the aiohttp session and its connections."""
        await self._inner.aclose()


def _outgoing(
    request: httpx.Request,
    timeouts: dict[str, float | None],
    write: float | None,
) -> tuple[httpx.Request, _TimedUpload | None]:
    """The request handed to httpx-aiohttp: ``request`` itself with the mapped timeouts (the
    caller puts its extensions back), or, for a body aiohttp might block on and a write
    timeout, a copy whose body goes through a :class:`_TimedUpload` (the caller sends it
    inside the upload's ``scope``)."""
    body: bytes | None
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = None
    streamed = body is None
    if write is not None and (streamed or len(body or b"") > _DRAIN_LIMIT):
        source: Callable[[], AsyncIterator[bytes]]
        if body is not None:
            data = body
            source = lambda: _byte_chunks(data)  # noqa: E731
        else:
            stream = request.stream
            assert isinstance(stream, httpx.AsyncByteStream)
            source = stream.__aiter__
        upload = _TimedUpload(source, write)
        copy = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            stream=upload,
            extensions={**request.extensions, "timeout": timeouts},
        )
        return copy, upload
    request.extensions = {**request.extensions, "timeout": timeouts}
    return request, None
