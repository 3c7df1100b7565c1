"""The Starlette application: every route wrapped in the pipeline, errors as envelopes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import _routes_extras, _routes_mailboxes, _routes_messages, _routes_ops
from ._config import SandboxConfig
from ._middleware import RequestContextMiddleware, http_exception_handler
from ._pipeline import endpoint
from ._state import SandboxState

__all__ = ["SandboxApp", "create_app"]

_MESSAGE_PREFIX = "/api/v1/messages"


class SandboxApp(Starlette):
    """A `Starlette` app whose outermost layer is `RequestContextMiddleware` (outside even
    Starlette's error middleware), so every response carries ``X-Request-Id``.

    ``app.state.sandbox`` is the `SandboxState`.
    """

    def build_middleware_stack(self) -> ASGIApp:
        """Starlette's stack wrapped in the request-context middleware."""
        return RequestContextMiddleware(super().build_middleware_stack())


def _dispatch(
    by_method: dict[str, Callable[[Request], Awaitable[Response]]],
) -> Callable[[Request], Awaitable[Response]]:
    """One endpoint per path, so a 405 lists every method the path allows."""

    async def dispatch(request: Request) -> Response:
        method = request.method
        return await by_method["GET" if method == "HEAD" else method](request)

    return dispatch


def create_app(config: SandboxConfig | None = None, state: SandboxState | None = None) -> Starlette:
    """Build the sandbox ASGI app.

    Args:
        config: the configuration (defaults to ``SandboxConfig()``); ignored when ``state`` is
            given.
        state: an existing state to serve (for sharing it with a `Sandbox`).

    Returns:
        The app (a `SandboxApp`); its state is ``app.state.sandbox``.
    """
    if state is None:
        state = SandboxState(config or SandboxConfig())
    table = [
        *_routes_ops.ROUTES,
        *_routes_mailboxes.ROUTES,
        *_routes_extras.ROUTES,
        *_routes_messages.ROUTES,
    ]
    grouped: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
    for method, path, handler, scope in table:
        kind = "message" if path.startswith(_MESSAGE_PREFIX) else "ops"
        grouped.setdefault(path, {})[method] = endpoint(state, handler, kind=kind, scope=scope)
    routes = [
        Route(path, _dispatch(by_method), methods=list(by_method))
        for path, by_method in grouped.items()
    ]
    app = SandboxApp(routes=routes, exception_handlers={HTTPException: http_exception_handler})
    app.router.redirect_slashes = False
    app.state.sandbox = state
    return app
