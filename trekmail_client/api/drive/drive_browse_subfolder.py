from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_browse_subfolder_dir import DriveBrowseSubfolderDir
from ...models.drive_browse_subfolder_sort import DriveBrowseSubfolderSort
from ...models.drive_item_page import DriveItemPage
from ...models.drive_item import DriveItem

OPERATION_ID: Final = "drive_browse_subfolder"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = DriveItem
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
    folder_id: int,
    *,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_dir_: str | Unset = UNSET
    if not isinstance(dir_, Unset):
        json_dir_ = dir_

    params["dir"] = json_dir_

    params["per_page"] = per_page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/spaces/{space}/folders/{folder_id}".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
            folder_id=str(folder_id)
            if type(folder_id) is int
            else quote(str(folder_id), safe=""),
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
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[DriveItemPage]:
    """Browse a Drive folder

    List the folders and files of one folder, one page at a time (cursor pagination: pass
    `next_cursor` as `cursor` while `has_more`). Official tool `drive_browse_folder` with a
    `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}`` (operation ``drive_browse_subfolder``), a list paged by ``cursor``: iterate every item with ``tm.paginate(drive_browse_subfolder, ...)``.

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
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
        folder_id=folder_id,
        sort=sort,
        dir_=dir_,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    space: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> DriveItemPage:
    """Browse a Drive folder

    List the folders and files of one folder, one page at a time (cursor pagination: pass
    `next_cursor` as `cursor` while `has_more`). Official tool `drive_browse_folder` with a
    `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}`` (operation ``drive_browse_subfolder``), a list paged by ``cursor``: iterate every item with ``tm.paginate(drive_browse_subfolder, ...)``.

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
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
        folder_id=folder_id,
        sort=sort,
        dir_=dir_,
        per_page=per_page,
        cursor=cursor,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
