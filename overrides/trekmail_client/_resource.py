"""The runtime under the generated resources (``tm.mailboxes.create(...)``).

Each tag of openapi.json becomes a resource class (generated into
``trekmail_client/api/<tag>/__init__.py`` by ``overrides/templates/endpoint_init.py.jinja``)
whose methods carry the typed signatures and call :meth:`APIResource._call`,
:meth:`APIResource._call_raw` or :meth:`APIResource._list` here. These build the request with
the endpoint module's own ``_get_kwargs``, apply the per-call options, send it through the
client's ``httpx.AsyncClient`` (so token routing, idempotency keys, retries and error mapping
are the same as for the module functions), and read the answer with the module's
``_parse_response``.

Per-call options, named as the major SDKs name them: ``timeout`` (seconds or
``httpx.Timeout``; ``None`` waits forever), ``max_retries``, ``idempotency_key``,
``extra_headers``, ``extra_query``.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

import attrs
import httpx

from ._auth import MAX_RETRIES_EXTENSION
from ._pagination import AsyncPaginator
from ._parsing import build_response, send
from ._registry import default_registry
from ._retry import RETRIES_TAKEN_EXTENSION
from .types import UNSET, Response

if TYPE_CHECKING:
    from ._client import TrekMail

__all__ = ["NOT_GIVEN", "APIResource", "NotGiven", "RawResponse"]

T = TypeVar("T")


class NotGiven:
    """The default of an option the caller did not give (``None`` is a value: for ``timeout``
    it means "wait forever")."""

    _instance: ClassVar[NotGiven | None] = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RawResponse(Generic[T]):
    """An answer as received, from ``tm.<resource>.with_raw_response.<method>(...)``.

    Attributes:
        http_response: the ``httpx.Response`` (body already read).
        status_code: the HTTP status (int).
        headers: the answer's headers.
        request_id: the ``X-Request-Id`` the server answered with, else the one sent.
        idempotency_key: the ``Idempotency-Key`` sent, or ``None`` (reads send none).
        replayed: whether the server answered from its idempotency store
            (``X-Idempotency-Replayed: true``, API overview "Idempotency").
        retries_taken: how many retries the client made before this answer (0 for the first).

    Call :meth:`parse` for the typed result the plain method returns.
    """

    __slots__ = ("_parse", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw body."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """The answer's ``X-Request-Id``, else the request's."""
        answered: str | None = self.http_response.headers.get("x-request-id")
        sent: str | None = self.http_response.request.headers.get("x-request-id")
        return answered or sent

    @property
    def idempotency_key(self) -> str | None:
        """The ``Idempotency-Key`` the request carried, or ``None``."""
        key: str | None = self.http_response.request.headers.get("idempotency-key")
        return key

    @property
    def replayed(self) -> bool:
        """Whether the server replayed a stored answer for this idempotency key."""
        flag: str = self.http_response.headers.get("x-idempotency-replayed", "")
        return flag.lower() == "true"

    @property
    def retries_taken(self) -> int:
        """Retries the client made before this answer."""
        return int(self.http_response.extensions.get(RETRIES_TAKEN_EXTENSION, 0))

    def parse(self) -> T:
        """Read the body into the typed result (what the plain method returns).

        Raises:
            ResponseParseError: as the plain method (a body that is not JSON; with
                ``strict=True``, one that differs from openapi.json).
        """
        return self._parse()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] request_id={self.request_id!r}>"


@attrs.frozen
class _Endpoint:
    """What a resource needs to know about one endpoint module (computed once)."""

    module: ModuleType
    parameters: frozenset[str]
    body_fields: frozenset[str]
    returns_data: bool
    body_required: bool


_ENDPOINTS: dict[str, _Endpoint] = {}
#: Per-call option names (never read as body fields).
_OPTIONS: Final = frozenset(
    {"body", "timeout", "max_retries", "idempotency_key", "extra_headers", "extra_query"}
)


def _endpoint(package: str, operation_id: str) -> _Endpoint:
    key = f"{package}.{operation_id}"
    found = _ENDPOINTS.get(key)
    if found is None:
        module = importlib.import_module(key)
        signature = inspect.signature(module._get_kwargs).parameters
        parameters = frozenset(signature)
        body = signature.get("body")
        body_required = body is not None and body.default is inspect.Parameter.empty
        body_model = getattr(module, "BODY_MODEL", None)
        fields: frozenset[str] = frozenset()
        if body_model is not None:
            names = {str(f.alias) for f in attrs.fields(body_model) if f.init}
            # A body field may be called `body` (a message's body): it is told apart from the
            # request body by type when the call comes.
            fields = frozenset(names - (parameters | _OPTIONS) | (names & {"body"}))
        returns_data = bool(getattr(module, "RETURNS_DATA", False))
        found = _Endpoint(module, parameters, fields, returns_data, body_required)
        _ENDPOINTS[key] = found
    return found


def _request_kwargs(
    endpoint: _Endpoint, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """Split the per-call options off, build the body from keyword fields, then the request."""
    kwargs.pop("self", None)
    timeout = kwargs.pop("timeout", NOT_GIVEN)
    max_retries = kwargs.pop("max_retries", None)
    extra_headers = kwargs.pop("extra_headers", None)
    extra_query = kwargs.pop("extra_query", None)
    key = None if "idempotency_key" in endpoint.parameters else kwargs.pop("idempotency_key", None)
    if kwargs.get("idempotency_key", UNSET) is None:
        del kwargs["idempotency_key"]  # None means "let the client choose one", as UNSET does
    model = getattr(endpoint.module, "BODY_MODEL", None)
    given = kwargs.get("body")
    if model is not None and given is not None and given is not UNSET:
        if not isinstance(given, model) and "body" not in endpoint.body_fields:
            raise TypeError(
                f"{endpoint.module.OPERATION_ID}: body must be a {model.__name__} (from "
                f"trekmail_client.models), or pass its fields as keyword arguments; got "
                f"{type(given).__name__}"
            )
    if endpoint.body_fields:
        names = set(endpoint.body_fields.intersection(kwargs))
        if given is None or isinstance(given, model):  # type: ignore[arg-type]
            names.discard("body")
        fields = {k: kwargs.pop(k) for k in names}
        if fields:
            if kwargs.get("body") is not None:
                raise TypeError(
                    f"{endpoint.module.OPERATION_ID}: pass the request body as body= or as "
                    f"keyword arguments ({', '.join(sorted(fields))}), not both"
                )
            kwargs["body"] = endpoint.module.BODY_MODEL(**fields)
        elif kwargs.get("body") is None:
            kwargs.pop("body", None)
            if endpoint.body_required:
                # Every field optional and none given: an empty body (attrs names any
                # required field that is missing).
                kwargs["body"] = endpoint.module.BODY_MODEL()
    elif model is not None and kwargs.get("body") is None and endpoint.body_required:
        kwargs["body"] = model()  # a body model without fields
    request: dict[str, Any] = endpoint.module._get_kwargs(*args, **kwargs)
    if timeout is not NOT_GIVEN:
        request["timeout"] = timeout
    if max_retries is not None:
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        request["extensions"] = {**request["extensions"], MAX_RETRIES_EXTENSION: max_retries}
    if key is not None or extra_headers:
        # Case-insensitive, as HTTP headers are: a later value replaces, never duplicates.
        headers = httpx.Headers(request.get("headers") or {})
        if key is not None:
            headers["Idempotency-Key"] = key
        headers.update(extra_headers or {})
        request["headers"] = headers
    if extra_query:
        request["params"] = {**(request.get("params") or {}), **extra_query}
    return request


class APIResource:
    """Base of the generated resource classes (``tm.mailboxes``, ``tm.messages``, ...).

    Args:
        client: the :class:`~trekmail_client.TrekMail` client whose connection pool, tokens,
            retry policy and rate-limit gate the calls use.
    """

    __slots__ = ("_client",)
    #: The generated package holding this resource's endpoint modules.
    _package: ClassVar[str] = ""

    def __init__(self, client: TrekMail) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _send(
        self, operation_id: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[_Endpoint, httpx.Response]:
        endpoint = _endpoint(self._package, operation_id)
        request = _request_kwargs(endpoint, args, kwargs)
        response = await send(self._client, request)
        return endpoint, response

    def _read(self, endpoint: _Endpoint, response: httpx.Response) -> Any:
        parsed = endpoint.module._parse_response(client=self._client, response=response)
        if endpoint.returns_data and parsed is not None:
            data = parsed.data
            # A tolerated answer without `data` (already reported): an empty model or list,
            # so the result is still of the type the method declares.
            return endpoint.module.empty_data() if data is UNSET else data
        return parsed

    async def _call(self, operation_id: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Send one call and return its typed result (what is inside ``data`` where the
        success model only wraps it)."""
        endpoint, response = await self._send(operation_id, args, kwargs)
        return self._read(endpoint, response)

    async def _call_raw(
        self, operation_id: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> RawResponse[Any]:
        """Send one call and return the answer as received, parsed on demand."""
        endpoint, response = await self._send(operation_id, args, kwargs)
        return RawResponse(response, lambda: self._read(endpoint, response))

    def _list(
        self, operation_id: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> AsyncPaginator[Any, Any]:
        """A paginator over a list operation; nothing is sent until it is awaited or iterated."""
        endpoint = _endpoint(self._package, operation_id)
        style = default_registry().get(operation_id).pagination
        kwargs.pop("self", None)
        options = {
            name: kwargs.pop(name)
            for name in ("timeout", "max_retries", "extra_headers", "extra_query")
            if name in kwargs
        }
        params = dict(kwargs)

        async def fetch(query: Mapping[str, Any]) -> Response[Any]:
            request = _request_kwargs(endpoint, args, {**query, **options})
            response = await send(self._client, request)
            parsed = endpoint.module._parse_response(client=self._client, response=response)
            return build_response(response, parsed)

        return AsyncPaginator(operation_id, style, fetch, params)
