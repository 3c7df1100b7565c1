from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.list_scheduled_status import ListScheduledStatus
from ...models.scheduled_message_list import ScheduledMessageList
from ...models.scheduled_message import ScheduledMessage

OPERATION_ID: Final = "list_scheduled"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = ScheduledMessage
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["per_page"] = per_page

    params["shared_mailbox_id"] = shared_mailbox_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/scheduled",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> ScheduledMessageList:
    return read_json(
        OPERATION_ID, client, response, ScheduledMessageList.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> Response[ScheduledMessageList]:
    """List scheduled messages

    List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/scheduled`` (operation ``list_scheduled``), a list paged by ``cursor``: iterate every item with ``tm.paginate(list_scheduled, ...)``.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Returns:
        ``Response[ScheduledMessageList]``: status code, headers, raw content and ``parsed``.

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
        cursor=cursor,
        per_page=per_page,
        shared_mailbox_id=shared_mailbox_id,
        status=status,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> ScheduledMessageList:
    """List scheduled messages

    List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/scheduled`` (operation ``list_scheduled``), a list paged by ``cursor``: iterate every item with ``tm.paginate(list_scheduled, ...)``.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Returns:
        ``ScheduledMessageList``.

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
        cursor=cursor,
        per_page=per_page,
        shared_mailbox_id=shared_mailbox_id,
        status=status,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
