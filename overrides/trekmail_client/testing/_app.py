"""The Starlette application: one endpoint running the pipeline for every path; the route
table is openapi.json's (see `_contract`), the stateful handlers are looked up by operation id."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
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
    """A `Starlette` app whose outermost layer is `RequestContextMiddleware` (outside even
    Starlette's error middleware), so every response carries ``X-Request-Id``.

    ``app.state.sandbox`` is the `SandboxState`.
    """

    def build_middleware_stack(self) -> ASGIApp:
        """Starlette's stack wrapped in the request-context middleware."""
        return RequestContextMiddleware(super().build_middleware_stack())


SANDBOX_COUNT_PATH = "/_sandbox/mailboxes/count"
"""Sandbox-only: ``GET`` answers ``{"mailboxes", "addresses", "duplicates", "sandbox_only"}``
without a token and outside the rate limit and fault injection, so reliability tests can
count what the sandbox holds without spending the limit. Not part of openapi.json (TrekMail
has no such endpoint), hence outside Schemathesis and the contract's route table."""


def _counter(state: SandboxState) -> Callable[[Request], Awaitable[Response]]:
    async def count(request: Request) -> Response:
        return JSONResponse({**state.mailbox_counts(), "sandbox_only": True})

    return count


def create_app(config: SandboxConfig | None = None, state: SandboxState | None = None) -> Starlette:
    """Build the sandbox ASGI app.

    Every path reaches the same `Dispatcher`, so authentication and scopes are checked before
    routing (an unknown path with a valid token is 404 ``route_not_found``).

    Args:
        config: the configuration (defaults to ``SandboxConfig()``); ignored when ``state`` is
            given.
        state: an existing state to serve (for sharing it with a `Sandbox`).

    Returns:
        The app (a `SandboxApp`); its state is ``app.state.sandbox``.

    Raises:
        ValueError: a stateful handler names an operation that openapi.json lacks.
    """
    if state is None:
        state = SandboxState(config or SandboxConfig())
    dispatcher = Dispatcher(state, HANDLERS)
    routes = [
        Route(SANDBOX_COUNT_PATH, _counter(state), methods=["GET"]),
        Route("/{rest:path}", dispatcher.handle, methods=_ANY_METHOD),
    ]
    app = SandboxApp(routes=routes, exception_handlers={HTTPException: http_exception_handler})
    app.router.redirect_slashes = False
    app.state.sandbox = state
    return app
