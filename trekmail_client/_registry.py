"""The operation registry: what the spec says about each operation.

The table itself (``_spec.OPERATIONS``) is generated from ``openapi.json`` by
``overrides/build/registry.py``; nothing here lists paths by hand. This module turns the rows
into frozen :class:`Operation` values and answers two questions:

* :func:`get_operation` - which operation has this operation id?
* :func:`match_operation` - which operation does this concrete ``(method, path)`` belong to?

Matching compiles each path template once. A ``{param}`` matches one piece of a single
percent-encoded path segment (``[^/]+?``), so ``/api/v1/mailboxes/5:pause`` matches both
``/api/v1/mailboxes/{id}`` and ``/api/v1/mailboxes/{id}:pause``; when several templates
match, the one with the most literal characters wins (the custom verb).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from ._spec import OPERATIONS

__all__ = ["Operation", "Registry", "default_registry", "get_operation", "match_operation"]

#: One row of ``_spec.OPERATIONS``: (operation_id, METHOD, path_template, token, scope,
#: pagination, deprecated).
SpecRow = tuple[str, str, str, str, str | None, str, bool, str, str | None, int | None]

TOKEN_SCHEMES = frozenset({"ops", "message"})
PAGINATION_STYLES = frozenset({"page", "cursor", "before_uid", "offset", "none"})

_PARAM = re.compile(r"\{([^{}/]+)\}")


@attrs.frozen
class Operation:
    """One API operation as the spec describes it.

    Attributes:
        operation_id: the spec's ``operationId`` (also the generated module's name).
        method: the HTTP method, upper case (``"GET"``).
        path_template: the path with ``{param}`` placeholders, e.g.
            ``"/api/v1/mailboxes/{id}:pause"``.
        token: the bearer token scheme the operation's ``security`` names: ``"ops"``
            (``tm_live_``) or ``"message"`` (``tm_msg_``).
        scope: the token capability the operation needs, or ``None`` when the spec names none.
        pagination: ``"page"``, ``"cursor"``, ``"before_uid"``, ``"offset"`` or ``"none"``.
        deprecated: whether the spec marks the operation deprecated.
        accept: the ``Accept`` header value: the 2xx media types, then ``application/json``.
        rate_limit_bucket: the name of the operation's own documented limit, shared by the
            operations that count against it (``"migration-writes"``), or ``None``.
        rate_limit_per_minute: that limit, in requests per minute per token, or ``None``.
    """

    operation_id: str
    method: str
    path_template: str
    token: str
    scope: str | None
    pagination: str
    deprecated: bool
    accept: str = "application/json"
    rate_limit_bucket: str | None = None
    rate_limit_per_minute: int | None = None

    @property
    def literal_length(self) -> int:
        """Number of literal (non-placeholder) characters in :attr:`path_template`."""
        return len(_PARAM.sub("", self.path_template))

    @property
    def segment_count(self) -> int:
        """Number of ``/``-separated segments in :attr:`path_template`."""
        return self.path_template.count("/")


def _compile(template: str) -> re.Pattern[str]:
    pattern: list[str] = []
    pos = 0
    for m in _PARAM.finditer(template):
        pattern.append(re.escape(template[pos : m.start()]))
        pattern.append("[^/]+?")
        pos = m.end()
    pattern.append(re.escape(template[pos:]))
    return re.compile("".join(pattern))


class Registry:
    """An index of :class:`Operation` values by operation id and by ``(method, path)``.

    Args:
        rows: rows shaped like ``_spec.OPERATIONS``.

    Raises:
        ValueError: a row names an unknown token scheme or pagination style, or an
            operation id appears twice.
    """

    def __init__(self, rows: Iterable[SpecRow]) -> None:
        self._by_id: dict[str, Operation] = {}
        # (METHOD, segment count) -> [(pattern, operation)], most literal characters first.
        self._by_shape: dict[tuple[str, int], list[tuple[re.Pattern[str], Operation]]] = {}
        for row in rows:
            op = Operation(*row)
            if op.token not in TOKEN_SCHEMES:
                raise ValueError(f"operation {op.operation_id}: unknown token scheme {op.token!r}")
            if op.pagination not in PAGINATION_STYLES:
                raise ValueError(
                    f"operation {op.operation_id}: unknown pagination style {op.pagination!r}"
                )
            if op.operation_id in self._by_id:
                raise ValueError(f"duplicate operation id {op.operation_id!r}")
            self._by_id[op.operation_id] = op
            key = (op.method.upper(), op.segment_count)
            self._by_shape.setdefault(key, []).append((_compile(op.path_template), op))
        for bucket in self._by_shape.values():
            bucket.sort(key=lambda item: item[1].literal_length, reverse=True)
        self._match_cached = lru_cache(maxsize=2048)(self._match)

    def __len__(self) -> int:
        return len(self._by_id)

    @property
    def operations(self) -> Sequence[Operation]:
        """All operations, in table order."""
        return tuple(self._by_id.values())

    def get(self, operation_id: str) -> Operation:
        """Return the operation with this id.

        Raises:
            KeyError: no such operation in the spec.
        """
        try:
            return self._by_id[operation_id]
        except KeyError:
            raise KeyError(f"unknown operation id {operation_id!r}") from None

    def find(self, operation_id: str) -> Operation | None:
        """Return the operation with this id, or ``None``."""
        return self._by_id.get(operation_id)

    def match(self, method: str, path: str) -> Operation | None:
        """Return the operation for a concrete request, or ``None`` if no template matches.

        Args:
            method: HTTP method, any case.
            path: the raw (percent-encoded) request path without query string, for example
                ``"/api/v1/mailboxes/5:pause"``.
        """
        return self._match_cached(method.upper(), path)

    def _match(self, method: str, path: str) -> Operation | None:
        for pattern, op in self._by_shape.get((method, path.count("/")), ()):
            if pattern.fullmatch(path):
                return op
        return None


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """Return the registry built (once, lazily) from ``_spec.OPERATIONS``."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Registry(OPERATIONS)
    return _DEFAULT


def get_operation(operation_id: str) -> Operation:
    """Return the spec's operation with this id (see :meth:`Registry.get`).

    Raises:
        KeyError: no such operation.
    """
    return default_registry().get(operation_id)


def match_operation(method: str, path: str) -> Operation | None:
    """Return the spec's operation for ``(method, raw path)``, or ``None`` (see
    :meth:`Registry.match`)."""
    return default_registry().match(method, path)
