from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.white_label_activity_list import WhiteLabelActivityList
from ...models.white_label_activity_entry import WhiteLabelActivityEntry

OPERATION_ID: Final = "list_white_label_activity"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = WhiteLabelActivityEntry
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    action: str | Unset = UNSET,
    member_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["action"] = action

    params["member_id"] = member_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/white-label/activity",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> WhiteLabelActivityList:
    return read_json(
        OPERATION_ID, client, response, WhiteLabelActivityList.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    member_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[WhiteLabelActivityList]:
    """List White Label activity

    The White Label team activity log, one page at a time. An unknown `member_id` gives 404. Not in
    the API overview; the official client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `activity:read`.

    ``GET /api/v1/white-label/activity`` (operation ``list_white_label_activity``), a list paged by ``page``: iterate every item with ``tm.paginate(list_white_label_activity, ...)``.

    Args:
        action (str | Unset):
        member_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``Response[WhiteLabelActivityList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``activity:read`` (else ``PermissionDeniedError``).
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
        action=action,
        member_id=member_id,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    action: str | Unset = UNSET,
    member_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> WhiteLabelActivityList:
    """List White Label activity

    The White Label team activity log, one page at a time. An unknown `member_id` gives 404. Not in
    the API overview; the official client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `activity:read`.

    ``GET /api/v1/white-label/activity`` (operation ``list_white_label_activity``), a list paged by ``page``: iterate every item with ``tm.paginate(list_white_label_activity, ...)``.

    Args:
        action (str | Unset):
        member_id (int | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``WhiteLabelActivityList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``activity:read`` (else ``PermissionDeniedError``).
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
        action=action,
        member_id=member_id,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
