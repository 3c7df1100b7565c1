"""Running the sandbox: uvicorn on 127.0.0.1, in the current event loop or in a thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from types import TracebackType

import uvicorn
from starlette.middleware import Middleware
from starlette.types import ASGIApp

from ._app import create_app
from ._config import SandboxConfig
from ._connection import SandboxConnectionMiddleware
from ._state import SandboxState

__all__ = ["Sandbox"]

_STARTUP_TIMEOUT = 10.0
_GRACE = 3.0
"""Seconds a stop waits for the server to finish on its own before forcing it (uvicorn's own
graceful timeout, 1 s, comes first; slow faults are released at once by ``begin_stop``)."""


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves the process's signal handlers alone (the owner of the
    `Sandbox` decides what Ctrl-C does)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Install nothing."""
        yield


class Sandbox:
    """A TrekMail-compatible server on ``http://127.0.0.1:PORT`` for tests and demos.

    Use it from async code::

        async with Sandbox(SandboxConfig(rate_limit_per_minute=100_000)) as sb:
            httpx.AsyncClient(base_url=sb.url)...
            assert len(sb.state.mailboxes) == 1

    or from sync code (a daemon thread runs its own event loop)::

        sb = Sandbox().start_in_thread()
        ...
        sb.stop()

    Args:
        config: the configuration; ``SandboxConfig()`` by default.
        host: the address to bind; only loopback addresses are accepted.
        port: the TCP port; 0 picks a free one.
        middleware: Starlette ``Middleware`` entries placed around the sandbox's routes (see
            `create_app`); every fault kind works behind them.
        wrap: a function given the sandbox app that returns the ASGI app to serve: the
            sandbox wrapped in your own ASGI middleware, or mounted in another app
            (``lambda app: Starlette(routes=[Mount("/trekmail", app=app)])``; clients then use
            ``sb.url + "/trekmail"``). The result is served inside
            `SandboxConnectionMiddleware`, so every fault kind still works.
        clock: the sandbox's monotonic clock in seconds (outage, rate-limit window,
            idempotency window); `time.monotonic` when None. A `VirtualClock` shared with the
            client runs a minute of outage in about no real time.

    Attributes:
        config: the configuration.
        state: the live `SandboxState` (records, faults, rate limiter, idempotency store).
        app: the sandbox's Starlette app (``app.state.sandbox`` is ``state``).
        served: the ASGI app the server runs (``app``, or what ``wrap`` made of it).

    Raises:
        ValueError: a non-loopback ``host``.
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        middleware: Sequence[Middleware] = (),
        wrap: Callable[[ASGIApp], ASGIApp] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the sandbox binds to a loopback address only")
        self.config = config or SandboxConfig()
        self.state = SandboxState(self.config, clock=clock)
        self.app = create_app(state=self.state, middleware=middleware)
        self.served: ASGIApp = (
            self.app if wrap is None else SandboxConnectionMiddleware(wrap(self.app))
        )
        self._host = "127.0.0.1" if host == "localhost" else host
        self._port = port
        self._socket: socket.socket | None = None
        self._bound_port: int | None = None
        self._server: _QuietServer | None = None
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._thread_error: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def port(self) -> int:
        """The bound TCP port (int).

        Raises:
            RuntimeError: the sandbox is not started.
        """
        if self._bound_port is None:
            raise RuntimeError("the sandbox is not started")
        return self._bound_port

    @property
    def url(self) -> str:
        """The base URL, ``http://127.0.0.1:PORT`` (no trailing slash; paths start /api/v1).

        Raises:
            RuntimeError: the sandbox is not started.
        """
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto
        # says TCP, and without it every response waits ~40 ms (Nagle and delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        sock.listen(2048)
        sock.setblocking(False)
        self._socket = sock
        self._bound_port = int(sock.getsockname()[1])
        return sock

    def _prepare(self) -> tuple[socket.socket, _QuietServer]:
        if self._server is not None:
            raise RuntimeError("the sandbox is already started")
        return self._bind(), self._make_server()

    def _make_server(self) -> _QuietServer:
        config = uvicorn.Config(
            self.served,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            backlog=2048,
        )
        self._server = _QuietServer(config)
        return self._server

    # -- async ------------------------------------------------------------------------------

    async def astart(self) -> Sandbox:
        """Start serving in the running event loop; returns once the port accepts requests.

        Raises:
            RuntimeError: already started, or the server failed to start.
        """
        sock, server = self._prepare()
        self._task = asyncio.create_task(server.serve(sockets=[sock]))
        deadline = asyncio.get_running_loop().time() + _STARTUP_TIMEOUT
        while not server.started:
            if self._task.done() or asyncio.get_running_loop().time() > deadline:
                await self.aclose()
                raise RuntimeError("the sandbox server failed to start")
            await asyncio.sleep(0.005)
        return self

    async def aclose(self) -> None:
        """Stop serving and release the port. Idempotent.

        New requests are refused with 503 ``service_unavailable`` and requests held by a slow
        fault are released at once (``SandboxState.begin_stop``), so the requests in flight
        finish and their connections close without a traceback; the server is forced down if
        it has not finished after a few seconds.
        """
        server, task = self._server, self._task
        if server is not None:
            self.state.begin_stop()
            server.should_exit = True
        if task is not None and server is not None:
            done, _ = await asyncio.wait({task}, timeout=_GRACE)
            if not done:
                server.force_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._close_socket()

    async def __aenter__(self) -> Sandbox:
        """`astart`."""
        return await self.astart()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """`aclose`."""
        await self.aclose()

    # -- thread -----------------------------------------------------------------------------

    def start_in_thread(self) -> Sandbox:
        """Start serving from a daemon thread with its own event loop; returns ``self`` once
        the port accepts requests. Pair with `stop`.

        Raises:
            RuntimeError: already started, or the server failed to start.
        """
        sock, server = self._prepare()

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            await server.serve(sockets=[sock])

        def run() -> None:
            try:
                asyncio.run(serve())
            except BaseException as exc:  # reported by start_in_thread / stop
                self._thread_error = exc

        self._thread = threading.Thread(target=run, name="trekmail-sandbox", daemon=True)
        self._thread.start()
        waited = 0.0
        while not server.started:
            if not self._thread.is_alive() or waited > _STARTUP_TIMEOUT:
                self.stop()
                raise RuntimeError("the sandbox server failed to start") from self._thread_error
            threading.Event().wait(0.005)
            waited += 0.005
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop a sandbox started with `start_in_thread` and wait up to ``timeout`` seconds
        (float) for its thread. Idempotent. Safe to call from a signal handler's thread.

        As `aclose`: new requests are refused with 503 ``service_unavailable``, requests held
        by a slow fault are released at once, the requests in flight finish, and the server is
        forced down if it has not finished after a few seconds (or half of ``timeout``).
        """
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(self.state.begin_stop)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(min(_GRACE, timeout / 2))
            if self._thread.is_alive() and self._server is not None:
                self._server.force_exit = True
                self._thread.join(timeout / 2)
        elif self._server is not None:
            self._server.force_exit = True
        self._close_socket()

    def _close_socket(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.close()
