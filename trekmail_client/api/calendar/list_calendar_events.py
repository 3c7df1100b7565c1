from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.calendar_event_list import CalendarEventList
from ...models.calendar_event import CalendarEvent

OPERATION_ID: Final = "list_calendar_events"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = CalendarEvent
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    start: str,
    end: str,
    per_page: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["per_page"] = per_page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/calendar/events",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> CalendarEventList:
    return read_json(
        OPERATION_ID, client, response, CalendarEventList.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start: str,
    end: str,
    per_page: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> Response[CalendarEventList]:
    """List calendar events

    List events in a date window (cursor pagination).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/calendar/events`` (operation ``list_calendar_events``), a list paged by ``cursor``: iterate every item with ``tm.paginate(list_calendar_events, ...)``.

    Args:
        start (str):
        end (str):
        per_page (int | Unset):  Default: 200.
        cursor (str | Unset):

    Returns:
        ``Response[CalendarEventList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        start=start,
        end=end,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    start: str,
    end: str,
    per_page: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> CalendarEventList:
    """List calendar events

    List events in a date window (cursor pagination).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/calendar/events`` (operation ``list_calendar_events``), a list paged by ``cursor``: iterate every item with ``tm.paginate(list_calendar_events, ...)``.

    Args:
        start (str):
        end (str):
        per_page (int | Unset):  Default: 200.
        cursor (str | Unset):

    Returns:
        ``CalendarEventList``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        start=start,
        end=end,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
