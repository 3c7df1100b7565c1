"""Page-number pagination: ``page`` and ``per_page`` in, ``{data, links, meta}`` out.

The response shape is Laravel's, which the API overview shows (``links.next``, ``links.prev``,
``meta.current_page``, ``meta.last_page``, ``meta.total``); the official client facts (1.9) give
the parameters: ``page`` >= 1, ``per_page`` 1-100 (20 for message tokens).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from starlette.requests import Request

from ._errors import validation_error

__all__ = ["page_params", "paginate"]

T = TypeVar("T")


def _int_param(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise validation_error({name: [f"The {name} field must be an integer."]}) from None
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise validation_error({name: [f"The {name} field must be {bound}."]})
    return value


def page_params(request: Request, *, default: int = 25, maximum: int = 100) -> tuple[int, int]:
    """(page, per_page) from the query.

    Raises:
        ApiError: 422 ``validation_error`` for a non-integer or out-of-range value.
    """
    page = _int_param(request, "page", 1, 1, None)
    per_page = _int_param(request, "per_page", default, 1, maximum)
    return page, per_page


def paginate(
    request: Request,
    rows: Sequence[T],
    render: Callable[[T], dict[str, Any]],
    *,
    default: int = 25,
    maximum: int = 100,
) -> dict[str, Any]:
    """One page of ``rows`` as ``{data, links, meta}``; links are absolute URLs that keep the
    other query parameters, or null at either end.

    Raises:
        ApiError: as `page_params`.
    """
    page, per_page = page_params(request, default=default, maximum=maximum)
    total = len(rows)
    last_page = max(1, -(-total // per_page))
    start = (page - 1) * per_page
    chunk = rows[start : start + per_page]
    url = request.url

    def link(number: int) -> str:
        return str(url.include_query_params(page=number, per_page=per_page))

    return {
        "data": [render(row) for row in chunk],
        "links": {
            "first": link(1),
            "last": link(last_page),
            "prev": link(page - 1) if 1 < page <= last_page + 1 else None,
            "next": link(page + 1) if page < last_page else None,
        },
        "meta": {
            "current_page": page,
            "last_page": last_page,
            "per_page": per_page,
            "total": total,
            "from": start + 1 if chunk else None,
            "to": start + len(chunk) if chunk else None,
        },
    }
