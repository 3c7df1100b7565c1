from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.deliverability_bounce_list import DeliverabilityBounceList
from ...models.list_mailbox_bounces_type import ListMailboxBouncesType
from ...models.deliverability_bounce import DeliverabilityBounce

OPERATION_ID: Final = "list_mailbox_bounces"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = DeliverabilityBounce
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["days"] = days

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["recipient"] = recipient

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes/{id}/bounces".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DeliverabilityBounceList:
    return read_json(
        OPERATION_ID, client, response, DeliverabilityBounceList.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[DeliverabilityBounceList]:
    """List mailbox bounces

    Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP
    status code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/bounces`` (operation ``list_mailbox_bounces``), a list paged by ``offset``: iterate every item with ``tm.paginate(list_mailbox_bounces, ...)``.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Returns:
        ``Response[DeliverabilityBounceList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        id=id,
        days=days,
        type_=type_,
        recipient=recipient,
        limit=limit,
        offset=offset,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> DeliverabilityBounceList:
    """List mailbox bounces

    Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP
    status code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/bounces`` (operation ``list_mailbox_bounces``), a list paged by ``offset``: iterate every item with ``tm.paginate(list_mailbox_bounces, ...)``.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Returns:
        ``DeliverabilityBounceList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        id=id,
        days=days,
        type_=type_,
        recipient=recipient,
        limit=limit,
        offset=offset,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
