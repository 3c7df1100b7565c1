"""``TrekMail``: the async client passed as ``client=`` to every generated endpoint function.

It subclasses the generated ``AuthenticatedClient`` (so ``client=tm`` type-checks) and owns one
``httpx.AsyncClient`` whose auth is :class:`~trekmail_client._auth.TrekMailAuth` and whose
transport is :class:`~trekmail_client._retry.RetryTransport` around the HTTP backend's
transport (the connection pool): ``httpx.AsyncHTTPTransport``, or with
``http_backend="aiohttp"`` (extra ``aiohttp``) httpx-aiohttp's transport as
:mod:`trekmail_client._aiohttp` adapts it. Generated calls build their request with the
client's headers and timeout worked out once (:meth:`TrekMail._send`) and hand it, after the
same auth step, straight to that retry transport; streaming downloads and requests made with
``get_async_httpx_client()`` go through the ``httpx.AsyncClient``. Defaults come from the
project design (section 5): timeouts connect 5 s / read 30 s / pool 10 s, 2 retries,
redirects not followed.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Mapping
from types import ModuleType
from typing import Any, Final, Literal, NoReturn, Self, TypeVar, cast, get_args

import httpx

from ._auth import DEFAULT_ACCEPT, CallOptions, TrekMailAuth
from ._backoff import RateLimitGate, RetryBudget, RetryPolicy
from ._download import Download, download
from ._logging import setup_logging
from ._pagination import ListOperation, Page, iter_pages, paginate
from ._registry import Registry
from ._retry import READ_BODY_EXTENSION, RetryTransport
from ._tokens import validate_message_token, validate_ops_token
from .api import Resources
from .client import AuthenticatedClient

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "HTTP_BACKEND_ENV",
    "HTTPBackend",
    "TrekMail",
    "pool_limits",
]

SDK_VERSION: Final = "0.1.0"
DEFAULT_BASE_URL: Final = "https://trekmail.net"
#: Seconds: read/write 30, connect 5, pool 10 (project design, section 5).
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0, pool=10.0)
#: Seconds an idle connection is kept. httpx's 5 s closes the connections a CPU-bound bulk run
#: leaves idle for a moment and reopens them (0.05 new connections per request measured at
#: concurrency 256); a connection the server closed sooner is noticed and dropped before reuse.
KEEPALIVE_EXPIRY: Final = 60.0
#: Sized for bulk work: 100 concurrent connections, every one kept alive once opened (a
#: connection closed after use costs a new TCP and TLS handshake on the next request).
DEFAULT_LIMITS: Final = httpx.Limits(
    max_connections=100, max_keepalive_connections=100, keepalive_expiry=KEEPALIVE_EXPIRY
)
DEFAULT_USER_AGENT: Final = f"trekmail-client/{SDK_VERSION} python-httpx/{httpx.__version__}"

#: The HTTP backends: ``"httpx"`` (httpx's own pool, the default) or ``"aiohttp"``
#: (httpx-aiohttp over aiohttp; ``pip install 'trekmail-client[aiohttp]'``).
HTTPBackend = Literal["httpx", "aiohttp"]
#: The environment variable naming the backend when ``http_backend`` is not passed.
HTTP_BACKEND_ENV: Final = "TREKMAIL_HTTP_BACKEND"
_BACKENDS: Final[tuple[str, ...]] = get_args(HTTPBackend)
_AIOHTTP_MISSING: Final = (
    "http_backend='aiohttp' needs the aiohttp extra: pip install 'trekmail-client[aiohttp]' "
    "(it installs httpx-aiohttp and aiohttp), or use http_backend='httpx'"
)

_UNSET: Any = object()
T = TypeVar("T")


def _resolve_backend(http_backend: str | None) -> HTTPBackend:
    """The backend asked for, else ``$TREKMAIL_HTTP_BACKEND``, else ``"httpx"``."""
    source = "http_backend"
    if http_backend is None:
        http_backend = os.environ.get(HTTP_BACKEND_ENV, "").strip() or "httpx"
        source = HTTP_BACKEND_ENV
    name = http_backend.strip().lower()
    if name not in _BACKENDS:
        raise ValueError(
            f"{source} must be one of {', '.join(map(repr, _BACKENDS))}, got {http_backend!r}"
        )
    if name == "aiohttp":
        _aiohttp_backend()  # fail here, before any I/O, when the extra is missing
    return cast(HTTPBackend, name)


def _aiohttp_backend() -> Callable[..., httpx.AsyncBaseTransport]:
    """Import the aiohttp backend (only now: ``import trekmail_client`` never loads aiohttp).

    Raises:
        ImportError: the ``aiohttp`` extra is not installed (the message names the fix).
    """
    try:
        from ._aiohttp import AiohttpBackendTransport
    except ImportError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in ("aiohttp", "httpx_aiohttp"):
            raise ImportError(_AIOHTTP_MISSING, name=missing) from exc
        raise
    return AiohttpBackendTransport


class _SharedTransport(httpx.AsyncBaseTransport):
    """A view of another client's transport that does not close it (for ``with_options``),
    and refuses to send once that client is closed."""

    def __init__(self, transport: httpx.AsyncBaseTransport, owner: TrekMail) -> None:
        self._transport = transport
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._owner.is_closed:
            raise RuntimeError(_CLOSED)
        return await self._transport.handle_async_request(request)

    async def __aenter__(self) -> Self:
        return self

    async def aclose(self) -> None:
        return None


_CLOSED: Final = "cannot send a request: this TrekMail client has been closed; create a new one"
#: The ``httpx.AsyncClient.request`` arguments :meth:`TrekMail._send` handles itself.
_DIRECT_KEYS: Final = frozenset(
    {
        "method",
        "url",
        "params",
        "headers",
        "json",
        "content",
        "data",
        "files",
        "timeout",
        "extensions",
    }
)


class _Direct:
    """Per-client constants of :meth:`TrekMail._send`."""

    __slots__ = ("base_url", "headers", "http", "timeout", "transport")

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        headers: httpx.Headers,
        timeout: httpx.Timeout,
        transport: RetryTransport,
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.headers = headers
        self.timeout = timeout.as_dict()
        self.transport = transport


def _normalise_base_url(base_url: str | httpx.URL) -> str:
    url = httpx.URL(str(base_url).strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("base_url must be an absolute http(s) URL such as https://trekmail.net")
    if url.userinfo:
        # Never echoed: it holds a password. The API authenticates by bearer token only.
        raise ValueError(
            "base_url must not hold a user name or password (user:password@host); TrekMail "
            "authenticates with the bearer token: pass ops_token= / message_token="
        )
    text = str(url.copy_with(query=None, fragment=None)).rstrip("/")
    # The generated paths already start with /api/v1 (as the official client builds them).
    if text.endswith("/api/v1"):
        text = text[: -len("/api/v1")]
    return text


def _merge_headers(base: Mapping[str, str], extra: Mapping[str, str] | None) -> dict[str, str]:
    """``base`` with ``extra`` over it, case-insensitively (HTTP header names are; RFC 9110
    section 5.1): a name in ``extra`` replaces the same name in any case, never adds to it."""
    merged = dict(base)
    names = {name.lower(): name for name in merged}
    for name, value in (extra or {}).items():
        old = names.get(name.lower())
        if old is not None:
            del merged[old]
        merged[name] = value
        names[name.lower()] = name
    return merged


def pool_limits(concurrency: int) -> httpx.Limits:
    """Connection pool limits for ``concurrency`` requests in flight: that many connections
    plus two (a follow-up such as a listing while every worker is busy), all kept alive, each
    for up to 60 s idle (``KEEPALIVE_EXPIRY``).

    Args:
        concurrency: requests in flight at once (int, >= 1).

    Returns:
        ``httpx.Limits`` with ``max_connections == max_keepalive_connections``.

    Raises:
        ValueError: ``concurrency`` below 1.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    size = concurrency + 2
    return httpx.Limits(
        max_connections=size, max_keepalive_connections=size, keepalive_expiry=KEEPALIVE_EXPIRY
    )


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


class TrekMail(Resources, AuthenticatedClient):
    """Async TrekMail API client.

    Each tag of the API is a resource on the client, loaded on first use:
    ``await tm.mailboxes.create(domain_id=1, local_part="alice")``,
    ``async for mailbox in tm.mailboxes.list(per_page=100)``,
    ``await tm.messages.send(to=[...], subject="Hi", body=MessageBody(text="..."))``.
    The low-level functions stay available as ``trekmail_client.api.<tag>.<operation_id>``.

    Args:
        base_url: API origin (default ``https://trekmail.net``; a trailing ``/api/v1`` is
            dropped because every generated path starts with it).
        ops_token: ops token ``tm_live_...`` (env ``TREKMAIL_API_TOKEN``).
        message_token: message token ``tm_msg_...`` (env ``TREKMAIL_MESSAGE_TOKEN``).
        timeout: seconds, a float or ``httpx.Timeout`` (default read 30, connect 5, pool 10);
            applies per attempt.
        max_retries: retries after the first attempt; ``None`` takes ``retry_policy``'s
            (default 2).
        retry_policy: :class:`~trekmail_client.RetryPolicy` (backoff, Retry-After cap, budget).
        limits: connection pool limits (default 100 connections, all kept alive;
            :func:`pool_limits` sizes them for a concurrency).
        headers: extra headers sent on every request.
        transport: the inner transport doing I/O (default: the ``http_backend``'s; pass
            ``httpx.MockTransport`` or a respx transport in tests). A
            :class:`~trekmail_client.RetryTransport` is used as is (with its own policy, clock
            and sleep), and ``retry_policy`` must then be ``None``.
        http_backend: ``"httpx"`` (``httpx.AsyncHTTPTransport``) or ``"aiohttp"``
            (httpx-aiohttp's transport over an aiohttp session, extra ``aiohttp``: several
            times less CPU per request); default ``$TREKMAIL_HTTP_BACKEND``, else ``"httpx"``.
            Either runs under the same retry layer, auth flow and error mapping, with the
            same ``limits``, ``verify_ssl`` and per-phase ``timeout``; the differences that
            remain are listed in the README ("HTTP backends"). respx mocks only ``"httpx"``.
        user_agent: the ``User-Agent`` header.
        verify_ssl: TLS verification (``True``, a CA bundle path or an ``ssl.SSLContext``).
        registry: operation registry (default: built from ``openapi.json``); for tests.
        strict: how 2xx answers that differ from openapi.json are read. ``False`` (the
            default): tolerantly - an undeclared 2xx status is read with the success model, a
            missing field is left ``UNSET``, a value of another type is kept as received, and
            one warning per operation and kind of mismatch goes to the ``trekmail_client``
            logger; the contract is our reconstruction of the API, so a real answer that
            differs from it must not turn a done action into an exception. ``True``: raise
            :class:`~trekmail_client.ResponseParseError` instead (for contract tests).

    Raises:
        ValueError: neither token given, a bad ``base_url``, an unknown ``http_backend``, or
            ``http_backend`` together with ``transport``.
        InvalidTokenError: a token is malformed (the message never shows it).
        ImportError: ``http_backend="aiohttp"`` without the extra (``pip install
            'trekmail-client[aiohttp]'``).

    Use ``async with TrekMail(...) as tm:`` or call ``await tm.aclose()``. Only the async
    generated functions (``asyncio``/``asyncio_detailed``) are supported.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL = DEFAULT_BASE_URL,
        ops_token: str | None = None,
        message_token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
        verify_ssl: Any = True,
        registry: Registry | None = None,
        strict: bool = False,
        http_backend: HTTPBackend | None = None,
    ) -> None:
        setup_logging()
        if ops_token is None and message_token is None:
            raise ValueError(
                "TrekMail needs at least one token: pass ops_token= (tm_live_...) and/or "
                "message_token= (tm_msg_...), or set TREKMAIL_API_TOKEN / "
                "TREKMAIL_MESSAGE_TOKEN and use TrekMail.from_env()"
            )
        if ops_token is not None:
            validate_ops_token(ops_token)
        if message_token is not None:
            validate_message_token(message_token)
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        url = _normalise_base_url(base_url)
        if transport is not None and http_backend is not None:
            raise ValueError(
                "pass http_backend= or transport=, not both: http_backend picks the transport"
            )
        backend = _resolve_backend(http_backend) if transport is None else "httpx"
        all_headers = _merge_headers({"User-Agent": user_agent, "Accept": DEFAULT_ACCEPT}, headers)
        AuthenticatedClient.__init__(
            self,
            base_url=url,
            token="",
            headers=all_headers,
            timeout=_timeout(timeout),
            verify_ssl=verify_ssl,
            follow_redirects=False,
            raise_on_unexpected_status=True,
        )
        if isinstance(transport, RetryTransport):
            if retry_policy is not None:
                raise ValueError("pass retry_policy to the RetryTransport, not to TrekMail")
            retry_policy = transport.policy
        self._tm_policy = retry_policy or RetryPolicy()
        self._tm_auth = TrekMailAuth(
            url,
            ops_token=ops_token,
            message_token=message_token,
            options=CallOptions(max_retries=max_retries),
            registry=registry,
        )
        self._tm_registry = registry
        self._tm_limits = limits
        self._tm_inner = transport
        self._tm_backend: HTTPBackend = backend
        self._tm_transport: RetryTransport | None = (
            transport if isinstance(transport, RetryTransport) else None
        )
        self._tm_parent: TrekMail | None = None
        self._tm_direct: _Direct | None = None
        self._tm_closed = False
        #: Whether 2xx answers that differ from openapi.json raise (see ``strict=``).
        self.strict = strict

    @classmethod
    def from_env(cls, **overrides: Any) -> TrekMail:
        """Build a client from the environment (the official tooling's variable names).

        Reads ``TREKMAIL_BASE_URL`` (default ``https://trekmail.net``), ``TREKMAIL_API_TOKEN``
        (ops token) and ``TREKMAIL_MESSAGE_TOKEN``; empty values count as unset. Keyword
        ``overrides`` win over the environment and are passed to :class:`TrekMail`.

        Raises:
            ValueError / InvalidTokenError: as the constructor.
        """
        env = os.environ
        kwargs: dict[str, Any] = {
            "base_url": env.get("TREKMAIL_BASE_URL") or DEFAULT_BASE_URL,
            "ops_token": env.get("TREKMAIL_API_TOKEN") or None,
            "message_token": env.get("TREKMAIL_MESSAGE_TOKEN") or None,
        }
        kwargs.update(overrides)
        return cls(**kwargs)

    # -- identity and display (never show a token) -------------------------------------------

    def __repr__(self) -> str:
        return (
            f"TrekMail(base_url={self._base_url!r}, tokens={self.token_types!r}, "
            f"max_retries={self.max_retries}, strict={self.strict})"
        )

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:  # type: ignore[override]  # attrs made the base unhashable
        return id(self)

    @property
    def base_url(self) -> str:
        """The configured base URL."""
        return self._base_url

    @property
    def token_types(self) -> list[str]:
        """Which tokens are configured: a sublist of ``["ops", "message"]``."""
        return [k for k in ("ops", "message") if self._tm_auth._tokens.get(k)]

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt for calls made through this client."""
        configured = self._tm_auth.options.max_retries
        return self._tm_policy.max_retries if configured is None else configured

    @property
    def http_backend(self) -> HTTPBackend:
        """The HTTP backend: ``"httpx"`` or ``"aiohttp"`` (``"httpx"`` when ``transport=``
        was given)."""
        return self._tm_backend

    @property
    def retry_policy(self) -> RetryPolicy:
        """The :class:`RetryPolicy` of the shared transport."""
        return self._tm_policy

    @property
    def retry_budget(self) -> RetryBudget:
        """The shared retry budget."""
        return self._retry_transport().budget

    @property
    def rate_limit_gate(self) -> RateLimitGate:
        """The shared per-token rate-limit gate."""
        return self._retry_transport().gate

    # -- httpx plumbing -------------------------------------------------------------------

    def _ops_fingerprint(self) -> str | None:
        """The ops token's fingerprint (keys its rate-limit gate and pace), or ``None``."""
        return self._tm_auth._fingerprints.get("ops")

    def _retry_transport(self) -> RetryTransport:
        if self._tm_parent is not None:
            return self._tm_parent._retry_transport()
        if self._tm_transport is None:
            inner = self._tm_inner
            if inner is None and self._tm_backend == "aiohttp":
                inner = _aiohttp_backend()(verify=self._verify_ssl, limits=self._tm_limits)
            elif inner is None:
                inner = httpx.AsyncHTTPTransport(verify=self._verify_ssl, limits=self._tm_limits)
            self._tm_transport = RetryTransport(inner, policy=self._tm_policy)
        return self._tm_transport

    @property
    def is_closed(self) -> bool:
        """Whether this client, or the client it was derived from with :meth:`with_options`,
        was closed (its calls then raise ``RuntimeError``)."""
        parent = self._tm_parent
        return self._tm_closed or (parent is not None and parent._tm_closed)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the ``httpx.AsyncClient`` (created on first use) that streaming downloads
        and raw requests use; its auth and transport carry the SDK behaviour.

        Raises:
            RuntimeError: the client was closed before it was ever created.
        """
        if self._async_client is None:
            if self.is_closed:
                raise RuntimeError(_CLOSED)
            transport: httpx.AsyncBaseTransport = self._retry_transport()
            if self._tm_parent is not None:
                transport = _SharedTransport(transport, self._tm_parent)
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                headers=self._headers,
                cookies=self._cookies,
                timeout=self._timeout,
                follow_redirects=False,
                auth=self._tm_auth,
                transport=transport,
                **self._httpx_args,
            )
        return self._async_client

    def _direct_defaults(self) -> _Direct:
        """What :meth:`_send` adds to every request, worked out once per client from its
        ``httpx.AsyncClient`` (so both paths send the same headers and timeouts)."""
        http = self.get_async_httpx_client()
        direct = _Direct(http, self._base_url, http.headers, http.timeout, self._retry_transport())
        self._tm_direct = direct
        return direct

    async def _send(self, kwargs: dict[str, Any]) -> httpx.Response:
        """Send one generated call (``_get_kwargs(...)``, with per-call options) and read its
        body: what ``httpx.AsyncClient.request(**kwargs)`` does for these requests, without
        the work it repeats per call for any client (base URL and default headers merged
        again, the auth flow's generator, the redirect loop, the cookie jar).

        The request gets the client's default headers (per-call headers replace them, case
        insensitively), its timeout (or the call's ``timeout``), the auth step's token,
        Idempotency-Key and X-Request-Id (:meth:`TrekMailAuth.prepare`), and goes to the retry
        transport. ``Set-Cookie`` is not stored (the API uses bearer tokens, not cookies).
        Keys other than a generated call's go through ``httpx.AsyncClient.request``.

        Returns:
            the response, body read, ``.request`` set.

        Raises:
            RuntimeError: the client was closed.
            MissingTokenError, APIError, APIConnectionError, APITimeoutError: as the auth step
                and the retry transport raise them.
        """
        if self.is_closed:
            raise RuntimeError(_CLOSED)
        direct = self._tm_direct or self._direct_defaults()
        if not _DIRECT_KEYS.issuperset(kwargs):
            return await direct.http.request(**kwargs)
        call_headers = kwargs.get("headers")
        if call_headers:
            headers = httpx.Headers(direct.headers)
            headers.update(call_headers)
        else:
            headers = direct.headers
        timeout = kwargs.get("timeout", _UNSET)
        extensions = kwargs.get("extensions")
        extensions = {} if extensions is None else dict(extensions)
        extensions[READ_BODY_EXTENSION] = True
        extensions["timeout"] = direct.timeout if timeout is _UNSET else _timeout(timeout).as_dict()
        request = httpx.Request(
            kwargs["method"],
            direct.base_url + kwargs["url"],
            params=kwargs.get("params"),
            headers=headers,
            json=kwargs.get("json"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            extensions=extensions,
        )
        self._tm_auth.prepare(request)
        # The retry loop reads the body (READ_BODY_EXTENSION) and sets ``response.request``.
        return await direct.transport.handle_async_request(request)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        """Not supported: it would bypass token routing and retries. Pass ``transport=``.

        Raises:
            TypeError: always.
        """
        raise TypeError("TrekMail builds its own httpx.AsyncClient; pass transport= instead")

    def get_httpx_client(self) -> NoReturn:
        """Not supported: TrekMail is async-only (the generated modules have no sync functions).

        Raises:
            TypeError: always; call ``await <operation>.asyncio(client=tm, ...)`` or
                ``asyncio_detailed``.
        """
        raise TypeError(
            "TrekMail is async-only: call the generated asyncio()/asyncio_detailed() functions, "
            "e.g. `await list_mailboxes.asyncio(client=tm)`, inside `asyncio.run(...)`"
        )

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        """Not supported: TrekMail is async-only.

        Raises:
            TypeError: always.
        """
        self.get_httpx_client()

    def __enter__(self) -> NoReturn:
        raise TypeError("TrekMail is async-only: use `async with TrekMail(...) as tm:`")

    def __exit__(self, *args: Any) -> None:
        return None

    async def __aenter__(self) -> Self:
        """Open the connection pool; returns the client."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        """Close (see :meth:`aclose`)."""
        await self.aclose()

    async def aclose(self) -> None:
        """Close this client. The owner closes the shared connection pool; a client from
        :meth:`with_options` only closes its own view of it."""
        self._tm_closed = True
        if self._async_client is not None:
            await self._async_client.aclose()
        elif self._tm_parent is None and self._tm_transport is not None:
            await self._tm_transport.aclose()

    # -- derived clients --------------------------------------------------------------------

    def with_options(
        self,
        *,
        max_retries: int | None = _UNSET,
        timeout: float | httpx.Timeout | None = _UNSET,
        headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
    ) -> TrekMail:
        """Return a client sharing this one's connection pool, retry budget and rate-limit gate,
        with other per-call options.

        Args:
            max_retries: retries after the first attempt (``None``: the policy's).
            timeout: seconds or ``httpx.Timeout``.
            headers: headers added to (or replacing) this client's.
            strict: raise on answers that differ from openapi.json (``None``: this client's).

        Returns:
            A new :class:`TrekMail`. Closing it does not close the shared pool; closing the
            original does.
        """
        root = self._tm_parent or self
        root._retry_transport()
        clone = object.__new__(type(self))
        AuthenticatedClient.__init__(
            clone,
            base_url=self._base_url,
            token="",
            headers=_merge_headers(self._headers, headers),
            cookies=dict(self._cookies),
            timeout=self._timeout if timeout is _UNSET else _timeout(timeout),
            verify_ssl=self._verify_ssl,
            follow_redirects=False,
            raise_on_unexpected_status=True,
            httpx_args=dict(self._httpx_args),
        )
        options = self._tm_auth.options
        if max_retries is not _UNSET:
            if max_retries is not None and max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            options = CallOptions(max_retries=max_retries)
        clone._tm_policy = self._tm_policy
        clone._tm_auth = self._tm_auth.with_options(options)
        clone._tm_registry = self._tm_registry
        clone._tm_limits = self._tm_limits
        clone._tm_inner = None
        clone._tm_backend = self._tm_backend
        clone._tm_transport = None
        clone._tm_parent = root
        clone._tm_direct = None
        clone._tm_closed = False
        clone.strict = self.strict if strict is None else strict
        return clone

    def with_timeout(self, timeout: httpx.Timeout) -> TrekMail:
        """Same as ``with_options(timeout=timeout)``."""
        return self.with_options(timeout=timeout)

    def with_headers(self, headers: dict[str, str]) -> TrekMail:
        """Same as ``with_options(headers=headers)``."""
        return self.with_options(headers=headers)

    def with_cookies(self, cookies: dict[str, str]) -> NoReturn:
        """Not supported (the API does not use cookies).

        Raises:
            TypeError: always.
        """
        raise TypeError("TrekMail does not support cookies")

    # -- downloads --------------------------------------------------------------------------

    async def download(
        self,
        module: ModuleType,
        destination: str | os.PathLike[str],
        /,
        *args: Any,
        **params: Any,
    ) -> Download:
        """Stream an operation's response body into a file (see
        :func:`trekmail_client._download.download`); memory stays at one chunk.

        Example: ``await tm.download(verify_job_download, "results.csv", 42)``
        """
        return await download(self, module, destination, *args, **params)

    # -- pagination -------------------------------------------------------------------------

    def paginate(
        self,
        module: ListOperation[T],
        /,
        *args: Any,
        max_pages: int | None = None,
        max_items: int | None = None,
        **params: Any,
    ) -> AsyncIterator[T]:
        """Iterate the items of a list operation across pages (see
        :func:`trekmail_client._pagination.paginate`).

        Example: ``async for mb in tm.paginate(list_mailboxes, per_page=100): ...``; path
        parameters go first: ``tm.paginate(drive_trash_list, "account", per_page=50)``.
        """
        return paginate(
            self,
            module,
            *args,
            max_pages=max_pages,
            max_items=max_items,
            registry=self._tm_registry,
            **params,
        )

    def pages(
        self,
        module: ListOperation[T],
        /,
        *args: Any,
        max_pages: int | None = None,
        **params: Any,
    ) -> AsyncIterator[Page[T, Any]]:
        """Iterate the pages of a list operation (see
        :func:`trekmail_client._pagination.iter_pages`)."""
        return iter_pages(
            self, module, *args, max_pages=max_pages, registry=self._tm_registry, **params
        )
