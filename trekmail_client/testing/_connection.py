"""The connection a request arrived on, for the faults that end it (``drop-after-commit`` and
``reset``), whatever middleware sits around or inside the sandbox app.

uvicorn hands the app a ``send`` bound to the connection's request cycle, which holds the
socket's transport. Middleware that wraps ``send`` (GZip, CORS, any ``BaseHTTPMiddleware``, a
mounting app's error middleware) hides it from the layers inside, so the outermost layer,
`SandboxConnectionMiddleware`, records the server's own ``send`` in the scope before anything
else runs. The pipeline aborts that transport to drop a connection, and the outermost layer
then swallows whatever the layers inside still send for the request.

`create_app` builds it in (user middleware given with ``middleware=`` sits inside it), and
``Sandbox(wrap=...)`` puts it around an app that wraps or mounts the sandbox. An app composed
and served by hand needs it outermost: ``uvicorn.run(SandboxConnectionMiddleware(my_app))``.
Without it the pipeline refuses the two faults with a 500 ``fault_unavailable`` that names this
fix, before doing anything.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CONNECTION_KEY", "Connection", "SandboxConnectionMiddleware", "connection_of"]

CONNECTION_KEY = "sandbox.connection"
"""The scope key holding the request's `Connection`."""


class Connection:
    """The server side of one request's connection.

    Args:
        send: the server's own ASGI ``send`` for the request (uvicorn's request cycle).

    Attributes:
        aborted: the connection was aborted by a fault; nothing more is sent on it.
    """

    def __init__(self, send: Send) -> None:
        self._send = send
        self.aborted = False

    def _transport(self) -> Any:
        return getattr(getattr(self._send, "__self__", None), "transport", None)

    @property
    def can_abort(self) -> bool:
        """Whether the connection can be aborted: the server's own ``send`` is known and
        exposes its transport (uvicorn's does)."""
        return self._transport() is not None

    async def abort(self) -> None:
        """Close the client's connection at once, without a response (the client sees the
        connection reset or closed before an answer).

        Raises:
            ConnectionAbortedError: the transport is unknown (see `can_abort`).
        """
        transport = self._transport()
        if transport is None:
            raise ConnectionAbortedError("sandbox fault: the connection cannot be aborted here")
        self.aborted = True
        transport.abort()
        for _ in range(3):  # let connection_lost run, so the server sends nothing more
            await asyncio.sleep(0)


def connection_of(scope: Scope) -> Connection | None:
    """The request's `Connection` (None outside a `SandboxConnectionMiddleware`)."""
    value = scope.get(CONNECTION_KEY)
    return value if isinstance(value, Connection) else None


class SandboxConnectionMiddleware:
    """Outermost ASGI layer for a sandbox served behind or inside other ASGI apps.

    It records the server's ``send`` as a `Connection` in ``scope["sandbox.connection"]``
    (unless an outer instance already did) and, once a fault aborted the connection, drops
    every message the inner layers still send. Everything else passes through unchanged.

    Put it outermost when you wrap or mount the sandbox app yourself and serve the result with
    your own server: ``uvicorn.run(SandboxConnectionMiddleware(GZipMiddleware(create_app())))``.
    `create_app` and ``Sandbox(wrap=...)`` add it for you.

    Args:
        app: the ASGI app to wrap.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one ASGI connection scope."""
        if scope["type"] != "http" or connection_of(scope) is not None:
            await self.app(scope, receive, send)
            return
        connection = Connection(send)
        scope[CONNECTION_KEY] = connection

        async def guarded(message: Message) -> None:
            if not connection.aborted:
                await send(message)

        await self.app(scope, receive, guarded)
