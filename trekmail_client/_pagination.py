"""Async iteration over TrekMail list operations, in the four styles the spec marks.

* ``page``: query ``page``/``per_page``; body ``{data, links, meta}`` (API overview, "Response
  format"). Stops when ``meta.current_page >= meta.last_page``, when ``links.next`` is null or
  absent (and ``meta`` does not say there is more), or on an empty page.
* ``cursor``: query ``cursor``; body ``has_more`` and ``next_cursor`` (Drive, scheduled
  messages, calendar).
* ``before_uid``: query ``before_uid``; body ``next_before_uid`` (message list).
* ``offset``: query ``limit``/``offset``; stops when a page has fewer than ``limit`` items
  (bounce lists).

Navigation fields are read from the raw JSON at the top level, then under ``pagination`` and
``meta``. A page number, cursor or uid that repeats raises :class:`PaginationError` instead of
looping. Only page numbers and cursors are taken from the body, never URLs, so a ``links.next``
pointing at another host is never requested (and never gets a token).
"""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

import attrs

from ._exceptions import PaginationError, ResponseParseError
from ._registry import Registry, default_registry
from .types import Response

if TYPE_CHECKING:
    from .client import AuthenticatedClient

__all__ = ["AsyncPaginator", "ListOperation", "Page", "iter_pages", "paginate"]

T = TypeVar("T")
P = TypeVar("P")
T_co = TypeVar("T_co", covariant=True)


class ListOperation(Protocol[T_co]):
    """A generated list endpoint module, as a type: it names the type of one item.

    Every module of an operation that openapi.json marks as paged (``x-trekmail-pagination``)
    has ``PAGE_ITEM``, so ``tm.paginate(list_mailboxes)`` is typed ``AsyncIterator[Mailbox]``
    and type checkers refuse a module that is not a paged list.
    """

    @property
    def PAGE_ITEM(self) -> type[T_co]:
        """The model class of one item of the list."""
        ...


#: ``limit`` used for offset lists when the caller gives none (the API's default).
DEFAULT_OFFSET_LIMIT = 50
_MISSING: Any = object()


@attrs.frozen
class Page(Generic[T, P]):
    """One page of a list: ``Page[Mailbox, MailboxList]``.

    Attributes:
        items: the page's items (generated models, read tolerantly).
        parsed: the page's own model (``MailboxList``: its ``meta``, ``links``, cursors).
        response: the generated ``Response[P]`` (status_code, content, headers, parsed).
        raw: the decoded JSON body.
        number: 1 for the first page fetched, 2 for the next, ...
        params: the pagination query parameters sent for this page.
    """

    items: list[T]
    parsed: P
    response: Response[P]
    raw: Any
    number: int
    params: dict[str, Any]


def _field(raw: Any, name: str) -> Any:
    """Find a navigation field at the top level, then under ``pagination`` and ``meta``."""
    if not isinstance(raw, Mapping):
        return _MISSING
    if name in raw:
        return raw[name]
    for holder in ("pagination", "meta"):
        inner = raw.get(holder)
        if isinstance(inner, Mapping) and name in inner:
            return inner[name]
    return _MISSING


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


class _Strategy:
    """Per-style state: the query parameters for the next page, and how to advance."""

    def __init__(self, op_id: str, params: dict[str, Any]) -> None:
        self.op_id = op_id
        self.seen: set[Any] = set()

    def query(self) -> dict[str, Any]:
        raise NotImplementedError

    def advance(self, raw: Any, items: list[Any]) -> bool:
        """Move to the next page; return ``False`` when the list is done."""
        raise NotImplementedError

    def _remember(self, what: str, value: Any) -> None:
        if value in self.seen:
            raise PaginationError(
                f"{self.op_id}: the server returned {what} {value!r} again; stopping instead of "
                "looping"
            )
        self.seen.add(value)


class _PageStrategy(_Strategy):
    def __init__(self, op_id: str, params: dict[str, Any]) -> None:
        super().__init__(op_id, params)
        self.page = _int(params.pop("page", 1)) or 1
        self.per_page = _int(params.get("per_page"))
        self._last_items: str | None = None
        self._remember("page", self.page)

    def query(self) -> dict[str, Any]:
        return {"page": self.page}

    def advance(self, raw: Any, items: list[Any]) -> bool:
        if not items:
            return False
        links = raw.get("links") if isinstance(raw, Mapping) else None
        next_link = links.get("next", _MISSING) if isinstance(links, Mapping) else _MISSING
        current = _int(_field(raw, "current_page"))
        last = _int(_field(raw, "last_page"))
        if next_link is None:
            return False
        if next_link is _MISSING and current is None and last is None:
            # No links and no meta: go on until a short page (when per_page is known) or an
            # empty one, rather than stopping silently after the first page.
            if self.per_page is not None and len(items) < self.per_page:
                return False
            fingerprint = json.dumps(raw.get("data") if isinstance(raw, Mapping) else raw)
            if fingerprint == self._last_items:
                raise PaginationError(
                    f"{self.op_id}: page {self.page} repeats the previous page (the server "
                    "sends no links or meta and seems to ignore `page`); stopping"
                )
            self._last_items = fingerprint
            self.page += 1
            self._remember("page", self.page)
            return True
        if current is not None and last is not None:
            if current >= last:
                return False
        elif not isinstance(next_link, str) or not next_link:
            return False
        nxt = (current if current is not None else self.page) + 1
        if isinstance(next_link, str) and next_link:
            values = parse_qs(urlsplit(next_link).query).get("page")
            linked = _int(values[0]) if values else None
            if linked is not None:
                nxt = linked
        self._remember("page", nxt)
        self.page = nxt
        return True


class _CursorStrategy(_Strategy):
    param = "cursor"
    field = "next_cursor"

    def __init__(self, op_id: str, params: dict[str, Any]) -> None:
        super().__init__(op_id, params)
        self.cursor: Any = params.pop(self.param, None)
        if self.cursor is not None:
            self._remember(self.param, self.cursor)

    def query(self) -> dict[str, Any]:
        return {} if self.cursor is None else {self.param: self.cursor}

    def advance(self, raw: Any, items: list[Any]) -> bool:
        has_more = _field(raw, "has_more")
        if has_more is not _MISSING and not has_more:
            return False
        nxt = _field(raw, self.field)
        if nxt is _MISSING or nxt is None or nxt == "":
            return False
        if has_more is _MISSING and not items:
            return False
        self._remember(self.param, nxt)
        self.cursor = nxt
        return True


class _BeforeUidStrategy(_CursorStrategy):
    param = "before_uid"
    field = "next_before_uid"

    def advance(self, raw: Any, items: list[Any]) -> bool:
        # IMAP uids start at 1: a next_before_uid of 1 or less means nothing older is left.
        nxt = _int(_field(raw, self.field))
        if nxt is not None and nxt <= 1:
            return False
        return bool(items) and super().advance(raw, items)


class _OffsetStrategy(_Strategy):
    def __init__(self, op_id: str, params: dict[str, Any]) -> None:
        super().__init__(op_id, params)
        self.limit = _int(params.pop("limit", DEFAULT_OFFSET_LIMIT)) or DEFAULT_OFFSET_LIMIT
        self.offset = _int(params.pop("offset", 0)) or 0

    def query(self) -> dict[str, Any]:
        return {"limit": self.limit, "offset": self.offset}

    def advance(self, raw: Any, items: list[Any]) -> bool:
        if len(items) < self.limit:
            return False
        # A server that ignores `offset` sends the same full page again: stop, never loop.
        page = raw.get("data") if isinstance(raw, Mapping) else raw
        self._remember("page of items", json.dumps(page, sort_keys=True, default=str))
        self.offset += len(items)
        return True


_STRATEGIES: dict[str, type[_Strategy]] = {
    "page": _PageStrategy,
    "cursor": _CursorStrategy,
    "before_uid": _BeforeUidStrategy,
    "offset": _OffsetStrategy,
}


@functools.cache
def _item_field(model: Any) -> str | None:
    """The field of a typed page that holds its items: ``data`` when it is a list, else the
    only list-typed field (``messages``); ``None`` when the model declares none."""
    lists = [f.name for f in attrs.fields(model) if "list[" in str(f.type)]
    if "data" in lists:
        return "data"
    return lists[0] if len(lists) == 1 else None


def _items(op_id: str, parsed: Any, raw: Any, response: Any) -> list[Any]:
    """The items of one page. A typed page gives its item field only (so every item has the
    list's item type); a value there that is not a list (already reported by the tolerant
    reader) gives no items. Only an untyped page is searched for a list in its raw JSON.

    Raises:
        ResponseParseError: an untyped page has no list of items.
    """
    page_type: Any = type(parsed)
    if attrs.has(page_type):
        field = _item_field(page_type)
        if field is not None:
            value = getattr(parsed, field)
            return value if isinstance(value, list) else []
    if isinstance(raw, list):
        return raw
    if isinstance(raw, Mapping):
        if isinstance(raw.get("data"), list):
            return list(raw["data"])
        lists = [v for v in raw.values() if isinstance(v, list)]
        if len(lists) == 1:
            return list(lists[0])
    raise ResponseParseError(
        f"{op_id}: list response has no list of items",
        status=int(response.status_code),
        body=response.content,
    )


def _resolve(
    module: ListOperation[Any] | ModuleType, registry: Registry | None
) -> tuple[str, str, Any]:
    call = getattr(module, "asyncio_detailed", None)
    name = getattr(module, "__name__", repr(module))
    op_id = name.rsplit(".", 1)[-1]
    if not callable(call):
        raise TypeError(f"{name} is not a generated endpoint module (no asyncio_detailed)")
    op = (registry or default_registry()).find(op_id)
    style = op.pagination if op is not None else "none"
    if style not in _STRATEGIES:
        raise TypeError(f"operation {op_id} is not a paginated list (pagination: {style})")
    return op_id, style, call


async def iter_pages(
    client: AuthenticatedClient,
    module: ListOperation[T],
    /,
    *args: Any,
    max_pages: int | None = None,
    registry: Registry | None = None,
    **params: Any,
) -> AsyncGenerator[Page[T, Any], None]:
    """Yield each :class:`Page` of a list operation.

    Args:
        client: the ``TrekMail`` client.
        module: a generated endpoint module such as
            ``trekmail_client.api.mailboxes.list_mailboxes``.
        *args: the operation's path parameters, as for ``module.asyncio_detailed``.
        max_pages: stop after this many pages (``None``: no limit).
        registry: operation registry (default: from ``openapi.json``).
        **params: passed to ``module.asyncio_detailed`` (filters, ``per_page``, a starting
            ``page``/``cursor``/``before_uid``/``offset``, ``limit``).

    Raises:
        TypeError: ``module`` is not a paginated list operation.
        PaginationError: a page number, cursor or uid repeats.
        ResponseParseError: a page is not JSON or has no list of items.
        APIError and subclasses: from the transport.
    """
    op_id, style, call = _resolve(module, registry)

    async def fetch(query: Mapping[str, Any]) -> Any:
        return await call(*args, client=client, **query)

    async for page in _pages(op_id, style, fetch, params, max_pages):
        yield page


#: Sends one page's request: gets the list's parameters with the page's query merged in,
#: returns the generated ``Response``.
Fetch = Callable[[Mapping[str, Any]], Awaitable[Any]]


async def _pages(
    op_id: str, style: str, fetch: Fetch, params: dict[str, Any], max_pages: int | None
) -> AsyncGenerator[Page[Any, Any], None]:
    """The page loop shared by :func:`iter_pages` and :class:`AsyncPaginator`."""
    params = dict(params)
    strategy = _STRATEGIES[style](op_id, params)
    number = 0
    while max_pages is None or number < max_pages:
        query = strategy.query()
        response = await fetch({**params, **query})
        content: bytes = response.content
        parsed = response.parsed
        # The generated reader decoded the body once and kept it on the model.
        raw = getattr(parsed, "raw_json", _MISSING)
        if raw is _MISSING:
            try:
                raw = json.loads(content) if content else None
            except ValueError:
                raise ResponseParseError(
                    f"{op_id}: list page is not JSON",
                    status=int(response.status_code),
                    body=content,
                ) from None
        items = _items(op_id, parsed, raw, response)
        number += 1
        yield Page(
            items=items, parsed=parsed, response=response, raw=raw, number=number, params=query
        )
        if not strategy.advance(raw, items):
            return


class AsyncPaginator(Generic[T, P]):
    """What a resource's list method returns: await it for the first page, iterate it for
    every item across pages (``async for mailbox in tm.mailboxes.list(per_page=100)``).

    Nothing is sent until it is awaited or iterated; each iteration starts again from the
    first page. The guards of :func:`iter_pages` apply: a repeated page number, cursor or uid
    raises :class:`PaginationError`, and page links are never followed to another host.

    Args:
        operation_id: the list operation.
        style: its pagination style (``page``, ``cursor``, ``before_uid``, ``offset``).
        fetch: sends one page (see ``Fetch``).
        params: the list's parameters (filters, ``per_page``, a starting page or cursor).
    """

    __slots__ = ("_fetch", "_operation_id", "_params", "_style")

    def __init__(self, operation_id: str, style: str, fetch: Fetch, params: dict[str, Any]) -> None:
        if style not in _STRATEGIES:
            raise TypeError(f"operation {operation_id} is not a paginated list ({style})")
        self._operation_id = operation_id
        self._style = style
        self._fetch = fetch
        self._params = params

    def __repr__(self) -> str:
        return f"<AsyncPaginator {self._operation_id} ({self._style})>"

    def __await__(self) -> Generator[Any, None, Page[T, P]]:
        return self._first_page().__await__()

    async def _first_page(self) -> Page[T, P]:
        pages = self.pages(max_pages=1)
        try:
            return await anext(pages)
        finally:
            await pages.aclose()

    def pages(self, *, max_pages: int | None = None) -> AsyncGenerator[Page[T, Any], None]:
        """Iterate the pages (items plus the page's model with its meta).

        Args:
            max_pages: stop after this many pages (``None``: until the list ends).
        """
        return _pages(self._operation_id, self._style, self._fetch, self._params, max_pages)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item


async def paginate(
    client: AuthenticatedClient,
    module: ListOperation[T],
    /,
    *args: Any,
    max_pages: int | None = None,
    max_items: int | None = None,
    registry: Registry | None = None,
    **params: Any,
) -> AsyncIterator[T]:
    """Yield every item of a list operation across pages.

    ``async for mailbox in paginate(tm, list_mailboxes, per_page=100): ...``

    Args:
        client, module, args, max_pages, registry, params: as :func:`iter_pages`.
        max_items: stop after yielding this many items (``None``: no limit).

    Raises:
        As :func:`iter_pages`.
    """
    if max_items is not None and max_items <= 0:
        return
    count = 0
    pages = iter_pages(client, module, *args, max_pages=max_pages, registry=registry, **params)
    try:
        async for page in pages:
            for item in page.items:
                yield item
                count += 1
                if max_items is not None and count >= max_items:
                    return
    finally:
        await pages.aclose()
