"""The Starlette application: one endpoint running the pipeline for every path; the route
table is openapi.json's (see `_contract`), the stateful handlers are looked up by operation id."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import (
    _routes_extras,
    _routes_mailboxes,
    _routes_messages,
    _routes_messages_extra,
    _routes_ops,
)
from ._config import SandboxConfig
from ._connection import SandboxConnectionMiddleware
from ._middleware import RequestContextMiddleware, http_exception_handler
from ._pipeline import Dispatcher, Handler
from ._state import SandboxState

__all__ = ["HANDLERS", "SANDBOX_COUNT_PATH", "SandboxApp", "create_app"]

HANDLERS: dict[str, Handler] = {
    **_routes_ops.HANDLERS,
    **_routes_mailboxes.HANDLERS,
    **_routes_extras.HANDLERS,
    **_routes_messages.HANDLERS,
    **_routes_messages_extra.HANDLERS,
}
"""Stateful handlers by operation id; every other operation is answered from the contract."""

_ANY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


class SandboxApp(Starlette):
    """A `Starlette` app whose outer layers are `SandboxConnectionMiddleware` (the server's
    connection, for the faults that end it) and `RequestContextMiddleware` (outside even
    Starlette's error middleware, so every response carries ``X-Request-Id``). Middleware
    given to the constructor or added with ``add_middleware`` sits inside both, around the
    sandbox's routes, as in any Starlette app.

    ``app.state.sandbox`` is the `SandboxState`.
    """

    def build_middleware_stack(self) -> ASGIApp:
        """Starlette's stack wrapped in the request-context and connection layers."""
        return SandboxConnectionMiddleware(
            RequestContextMiddleware(super().build_middleware_stack())
        )


SANDBOX_COUNT_PATH = "/_sandbox/mailboxes/count"
"""Sandbox-only: ``GET`` answers ``{"mailboxes", "addresses", "duplicates", "rate_limited",
"slow_pending", "sandbox_only"}`` (``rate_limited``: 429 answers sent so far, the limit's and
injected ones; ``slow_pending``: requests a slow fault is holding right now)
without a token and outside the rate limit and fault injection, so reliability tests can
count what the sandbox holds without spending the limit. Not part of openapi.json (TrekMail
has no such endpoint), hence outside Schemathesis and the contract's route table."""


def _counter(state: SandboxState) -> Callable[[Request], Awaitable[Response]]:
    async def count(request: Request) -> Response:
        counts = {
            **state.mailbox_counts(),
            "rate_limited": state.rate_limited,
            "slow_pending": state.slow_pending,
        }
        return JSONResponse({**counts, "sandbox_only": True})

    return count


def create_app(
    config: SandboxConfig | None = None,
    state: SandboxState | None = None,
    *,
    middleware: Sequence[Middleware] = (),
    clock: Callable[[], float] | None = None,
) -> Starlette:
    """Build the sandbox ASGI app.

    Every path reaches the same `Dispatcher`, so authentication and scopes are checked before
    routing (an unknown path with a valid token is 404 ``route_not_found``).

    Every fault kind works whatever middleware is given here (GZip, CORS, a
    ``BaseHTTPMiddleware``, a pure ASGI one): it sits inside the sandbox's connection layer and
    outside its pipeline, so a dropped or reset connection is the server's own, a slow answer
    is slow, and an injected page or status passes through it like any other answer. To wrap
    the returned app in another ASGI app or mount it in one, use ``Sandbox(wrap=...)``, or put
    `SandboxConnectionMiddleware` outermost when serving the result yourself.

    Args:
        config: the configuration (defaults to ``SandboxConfig()``); ignored when ``state`` is
            given.
        state: an existing state to serve (for sharing it with a `Sandbox`).
        middleware: Starlette ``Middleware`` entries, outermost first (as
            ``Starlette(middleware=...)``), placed around the sandbox's routes.
        clock: the monotonic clock (seconds) of a new state (see `SandboxState`); ignored when
            ``state`` is given.

    Returns:
        The app (a `SandboxApp`); its state is ``app.state.sandbox``.

    Raises:
        ValueError: a stateful handler names an operation that openapi.json lacks.
    """
    if state is None:
        state = SandboxState(config or SandboxConfig(), clock=clock)
    dispatcher = Dispatcher(state, HANDLERS)
    routes = [
        Route(SANDBOX_COUNT_PATH, _counter(state), methods=["GET"]),
        Route("/{rest:path}", dispatcher.handle, methods=_ANY_METHOD),
    ]
    app = SandboxApp(
        routes=routes,
        middleware=list(middleware),
        exception_handlers={HTTPException: http_exception_handler},
    )
    app.router.redirect_slashes = False
    app.state.sandbox = state
    return app
