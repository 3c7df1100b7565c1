"""The ``httpx.Auth`` flow: per-operation bearer token, Idempotency-Key and X-Request-Id.

Sources: TrekMail's API overview (``Authorization: Bearer``; ops tokens ``tm_live_``, message
tokens ``tm_msg_``; "All POST and PUT requests require an Idempotency-Key"; "You can also pass
your own via X-Request-Id"), and the official client (keys also on PATCH and DELETE, never on
GET; one X-Request-Id per logical call, reused on retries).

:meth:`TrekMailAuth.prepare` runs once per call: ``TrekMail`` calls it directly for generated
calls, and httpx calls it through the auth flow for requests made with the raw
``httpx.AsyncClient``. The retry transport below re-sends the same request object, so the key
and request id set here are identical on every attempt.
"""

from __future__ import annotations

from collections.abc import Generator

import attrs
import httpx

from . import _headers
from ._exceptions import MissingTokenError
from ._idempotency import new_idempotency_key, new_request_id
from ._registry import Operation, Registry, default_registry
from ._tokens import token_fingerprint

__all__ = [
    "IDEMPOTENT_WRITE_METHODS",
    "OPERATION_ID_EXTENSION",
    "CallOptions",
    "RequestContext",
    "TrekMailAuth",
]

#: Methods that get an automatic Idempotency-Key.
IDEMPOTENT_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
EXTENSION_KEY = "trekmail"
#: Where a generated endpoint function puts its operation id (``request.extensions``), so the
#: operation is looked up by id; only requests made with the raw httpx client are matched by
#: method and path.
OPERATION_ID_EXTENSION = "trekmail_operation_id"
#: A per-call ``max_retries`` (set by resource methods), overriding the client's.
MAX_RETRIES_EXTENSION = "trekmail_max_retries"
DEFAULT_ACCEPT = "application/json"
"""The client-wide ``Accept``; replaced per operation by its response media types."""
_DEFAULT_PORTS = {"http": 80, "https": 443}


@attrs.frozen
class CallOptions:
    """Per-client (and so per-call, via ``TrekMail.with_options``) options the transport reads.

    Attributes:
        max_retries: retries after the first attempt, or ``None`` for the policy's default.
    """

    max_retries: int | None = None


@attrs.frozen
class RequestContext:
    """What the auth flow tells the retry transport, in ``request.extensions["trekmail"]``.

    Attributes:
        operation: the matched spec operation, or ``None`` for a path the spec does not list.
        token_type: ``"ops"``, ``"message"``, or ``None`` when no token was attached (foreign
            host).
        token_fingerprint: ``"tok_<sha256 prefix>"`` of the token used (keys the rate-limit
            gate), or ``None``.
        idempotency_key: the request's Idempotency-Key, or ``None``.
        request_id: the request's X-Request-Id.
        options: the client's :class:`CallOptions`.
    """

    operation: Operation | None
    token_type: str | None
    token_fingerprint: str | None
    idempotency_key: str | None
    request_id: str | None
    options: CallOptions = CallOptions()

    @property
    def operation_id(self) -> str | None:
        """The operation id, or ``None``."""
        return self.operation.operation_id if self.operation else None


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


def _fallback_scheme(path: str) -> str:
    """Token for a path the spec does not list: message token under ``/api/v1/messages``
    (the official client's rule), ops token otherwise."""
    base = "/api/v1/messages"
    if path == base or path.startswith((base + "/", base + ":")):
        return "message"
    return "ops"


class TrekMailAuth(httpx.Auth):
    """Attach the right bearer token and the per-call headers to each request.

    Args:
        base_url: the configured base URL (``str`` or ``httpx.URL``). Tokens are only sent to
            its scheme, host and port; any path prefix is stripped before matching.
        ops_token: validated ops token (``tm_live_``) or ``None``.
        message_token: validated message token (``tm_msg_``) or ``None``.
        options: :class:`CallOptions` placed in every request's extensions.
        registry: operation registry (defaults to the one built from ``openapi.json``).

    Raises (from the flow, before any I/O):
        MissingTokenError: the operation needs a token that was not configured.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        base_url: str | httpx.URL,
        *,
        ops_token: str | None = None,
        message_token: str | None = None,
        options: CallOptions | None = None,
        registry: Registry | None = None,
    ) -> None:
        url = httpx.URL(base_url)
        self._origin = _origin(url)
        self._prefix = url.raw_path.split(b"?", 1)[0].decode("ascii").rstrip("/")
        self._tokens = {"ops": ops_token, "message": message_token}
        self._fingerprints = {
            kind: token_fingerprint(tok) for kind, tok in self._tokens.items() if tok
        }
        # Once per client, not per call: the header value of each configured token.
        self._bearer = {kind: f"Bearer {tok}" for kind, tok in self._tokens.items() if tok}
        self.options = options or CallOptions()
        self._registry = registry

    def __repr__(self) -> str:
        kinds = [k for k, v in self._tokens.items() if v]
        return f"TrekMailAuth(tokens={kinds}, origin={self._origin!r})"

    def with_options(self, options: CallOptions) -> TrekMailAuth:
        """Return a copy with other :class:`CallOptions` and the same tokens."""
        clone = object.__new__(TrekMailAuth)
        clone.__dict__.update(self.__dict__)
        clone.options = options
        return clone

    @property
    def registry(self) -> Registry:
        """The operation registry in use."""
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    def api_path(self, url: httpx.URL) -> str:
        """Return the raw request path with the base URL's path prefix removed."""
        path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        if self._prefix and (path == self._prefix or path.startswith(self._prefix + "/")):
            path = path[len(self._prefix) :] or "/"
        return path

    def token_type_for(
        self, method: str, path: str, operation_id: str | None = None
    ) -> tuple[Operation | None, str]:
        """Return ``(operation or None, token scheme)`` for a request.

        Args:
            method: the HTTP method.
            path: the request path without the base URL's prefix.
            operation_id: the id a generated function sent along; looked up directly. Without
                it (a raw httpx request) the path is matched against the spec's templates.
        """
        op = self.registry.find(operation_id) if operation_id else None
        if op is None:
            op = self.registry.match(method, path)
        return op, (op.token if op else _fallback_scheme(path))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Prepare ``request`` (:meth:`prepare`) and send it once."""
        self.prepare(request)
        yield request

    def prepare(self, request: httpx.Request) -> None:
        """Set ``request``'s bearer token, Idempotency-Key and X-Request-Id in place and put
        its :class:`RequestContext` in ``request.extensions["trekmail"]`` (see the class
        docstring). ``TrekMail`` calls this directly for generated calls; httpx calls it
        through :meth:`auth_flow` for requests made with the raw ``httpx.AsyncClient``.

        Raises:
            MissingTokenError: the operation needs a token that was not configured.
        """
        method = request.method  # httpx upper-cases it
        url = request.url
        headers = request.headers
        operation_id = request.extensions.get(OPERATION_ID_EXTENSION)
        registry = self._registry if self._registry is not None else self.registry
        # A generated function names its operation: found by id, no path matching.
        op = registry.find(operation_id) if operation_id else None
        path: str | None = None
        if op is None:
            path = self.api_path(url)
            op = registry.match(method, path)
            scheme = op.token if op else _fallback_scheme(path)
        else:
            scheme = op.token
        names = _headers.lower_names(headers)  # one pass for every lookup below
        token_type: str | None = None
        fingerprint: str | None = None
        if _origin(url) == self._origin:
            bearer = self._bearer.get(scheme)
            if bearer is None:
                where = op.operation_id if op else f"{method} {path or self.api_path(url)}"
                raise MissingTokenError(where, scheme)
            if b"authorization" in names:
                headers["Authorization"] = bearer
            else:
                _headers.append(headers, "Authorization", b"authorization", bearer)
            token_type = scheme
            fingerprint = self._fingerprints[scheme]
        elif b"authorization" in names:
            del headers["Authorization"]

        if op is not None and op.accept != DEFAULT_ACCEPT and b"accept" in names:
            # Binary downloads (CSV, raw files) answer 406 to a JSON-only Accept.
            if headers["accept"] == DEFAULT_ACCEPT:
                headers["Accept"] = op.accept
        key = headers["idempotency-key"] if b"idempotency-key" in names else None
        if key is None and method in IDEMPOTENT_WRITE_METHODS:
            key = new_idempotency_key()
            _headers.append(headers, "Idempotency-Key", b"idempotency-key", key)
        request_id = headers["x-request-id"] if b"x-request-id" in names else None
        if request_id is None:
            request_id = new_request_id()
            _headers.append(headers, "X-Request-Id", b"x-request-id", request_id)
        options = self.options
        per_call = request.extensions.get(MAX_RETRIES_EXTENSION)
        if per_call is not None:
            options = CallOptions(max_retries=per_call)
        request.extensions[EXTENSION_KEY] = RequestContext(
            operation=op,
            token_type=token_type,
            token_fingerprint=fingerprint,
            idempotency_key=key,
            request_id=request_id,
            options=options,
        )
