from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_item_page import DriveItemPage
from ...models.drive_item import DriveItem

OPERATION_ID: Final = "drive_trash_list"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = DriveItem
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
    *,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/spaces/{space}/trash".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveItemPage:
    return read_json(OPERATION_ID, client, response, DriveItemPage.from_dict, (200,))


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[DriveItemPage]:
    """List the Trash of a Drive space

    Trashed files and folders, newest deletions first (cursor pagination: pass `next_cursor` as
    `cursor` while `has_more`).

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/trash`` (operation ``drive_trash_list``), a list paged by ``cursor``: iterate every item with ``tm.paginate(drive_trash_list, ...)``.

    Args:
        space (str):  Example: account.
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Returns:
        ``Response[DriveItemPage]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:read`` (else ``PermissionDeniedError``).
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
        space=space,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    space: str,
    *,
    client: AuthenticatedClient,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> DriveItemPage:
    """List the Trash of a Drive space

    Trashed files and folders, newest deletions first (cursor pagination: pass `next_cursor` as
    `cursor` while `has_more`).

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/trash`` (operation ``drive_trash_list``), a list paged by ``cursor``: iterate every item with ``tm.paginate(drive_trash_list, ...)``.

    Args:
        space (str):  Example: account.
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Returns:
        ``DriveItemPage``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:read`` (else ``PermissionDeniedError``).
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
        space=space,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
