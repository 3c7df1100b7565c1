"""A clock a test controls: virtual seconds shared by a sandbox and a client, so a minute-long
outage or rate-limit window runs in about no real time.

The sandbox reads it for its outage, rate-limit window and idempotency window
(``Sandbox(clock=...)``); the client sleeps on it instead of sleeping
(``RetryTransport(clock=clock, sleep=clock.sleep)``, ``provision_mailboxes(clock=clock,
sleep=clock.sleep)``) and sends through ``clock.transport()``, which tells the clock when
requests are in flight. Time moves only when every waiter is asleep and no request is in
flight: it then jumps to the earliest wake-up, as the waiters would have seen after sleeping
for real. So each waiter sees exactly the waits it asked for, in order, and no request takes
virtual time. Faults that wait on the server (``slow``, ``slow-after-commit``) stay in real
time, because the client's timeouts do.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import AsyncIterator, Callable

import httpx

__all__ = ["VirtualClock"]

_SETTLE_ROUNDS = 20
"""Event-loop rounds the clock lets pass, with nothing in flight, before it jumps: a task that
just got its answer reaches its next sleep or send within a few rounds."""


class VirtualClock:
    """Virtual monotonic time for one event loop, advanced by sleeps rather than by the wall.

    Use one instance for the sandbox and the client::

        clock = VirtualClock()
        async with Sandbox(SandboxConfig(outage=60, outage_retry_after=5), clock=clock) as sb:
            transport = RetryTransport(clock.transport(), clock=clock, sleep=clock.sleep)
            async with TrekMail(base_url=sb.url, ops_token=..., transport=transport) as tm:
                await provision_mailboxes(tm, rows, clock=clock, sleep=clock.sleep)

    Calling the clock returns the current virtual time in seconds (float). Not thread-safe: use
    it from the event loop that serves the sandbox and runs the client.

    Args:
        start: the time it starts at (seconds, float).
        autojump: jump to the earliest wake-up when every waiter sleeps and no request is in
            flight (default). False: time moves only by `advance`.
    """

    def __init__(self, start: float = 0.0, *, autojump: bool = True) -> None:
        self._now = float(start)
        self._autojump = autojump
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._in_flight = 0
        self._checking = False
        self.jumps = 0
        """How many times the clock jumped on its own (int)."""

    def __call__(self) -> float:
        """The current virtual time in seconds (float)."""
        return self._now

    @property
    def in_flight(self) -> int:
        """Requests sent through `transport` whose answers are not yet read and closed (int)."""
        return self._in_flight

    @property
    def sleeping(self) -> int:
        """Tasks waiting in `sleep` (int)."""
        return sum(1 for _, _, future in self._sleepers if not future.done())

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (float, >= 0) and wake the sleepers now due.

        Raises:
            ValueError: a negative ``seconds``.
        """
        if seconds < 0:
            raise ValueError(f"a clock only moves forward; got {seconds} seconds")
        self._now += seconds
        self._wake()

    async def sleep(self, seconds: float) -> None:
        """Wait until ``seconds`` (float) of virtual time have passed; a wait of 0 or less
        only yields to the event loop. Cancellable."""
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._now + seconds, next(self._order), future))
        self._kick()
        try:
            await future
        finally:
            if not future.done():
                future.cancel()
                self._kick()  # the others may be due to jump now

    def transport(self, inner: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncBaseTransport:
        """An httpx transport that sends through ``inner`` (``httpx.AsyncHTTPTransport()`` by
        default) and tells the clock when a request is in flight, from sending until its
        answer is closed; time never jumps meanwhile.

        Returns:
            The transport (pass it to ``RetryTransport`` or ``TrekMail(transport=...)``).
        """
        return _CountingTransport(self, inner or httpx.AsyncHTTPTransport())

    # -- internals --------------------------------------------------------------------------

    def _started(self) -> None:
        self._in_flight += 1

    def _finished(self) -> None:
        self._in_flight -= 1
        self._kick()

    def _wake(self) -> None:
        while self._sleepers and (self._sleepers[0][2].done() or self._sleepers[0][0] <= self._now):
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)

    def _kick(self) -> None:
        if not self._autojump or self._checking:
            return
        self._checking = True
        asyncio.get_running_loop().call_soon(self._check, _SETTLE_ROUNDS)

    def _check(self, rounds: int) -> None:
        self._wake()  # drops cancelled sleepers from the front
        if self._in_flight or not self._sleepers:
            self._checking = False
            return
        if rounds > 0:
            asyncio.get_running_loop().call_soon(self._check, rounds - 1)
            return
        self._checking = False
        self._now = max(self._now, self._sleepers[0][0])
        self.jumps += 1
        self._wake()
        self._kick()  # the next jump, once the woken have sent or slept again


class _CountingStream(httpx.AsyncByteStream):
    """A response body that tells the clock when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, done: Callable[[], None]) -> None:
        self._stream = stream
        self._done: Callable[[], None] | None = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


class _CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, clock: VirtualClock, inner: httpx.AsyncBaseTransport) -> None:
        self._clock = clock
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._clock._started()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self._clock._finished()
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_CountingStream(stream, self._clock._finished),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()
