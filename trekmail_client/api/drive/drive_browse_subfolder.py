from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.drive_browse_subfolder_dir import DriveBrowseSubfolderDir
from ...models.drive_browse_subfolder_sort import DriveBrowseSubfolderSort
from ...models.drive_item_page import DriveItemPage
from ...models.error_response import ErrorResponse
from ...types import Unset


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
            space=quote(str(space), safe=""),
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DriveItemPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DriveItemPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DriveItemPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    space: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[DriveItemPage | ErrorResponse]:
    """Browse a Drive folder

     List the folders and files of one folder, one page at a time (cursor pagination: pass `next_cursor`
    as `cursor` while `has_more`). Official tool `drive_browse_folder` with a `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DriveItemPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space=space,
        folder_id=folder_id,
        sort=sort,
        dir_=dir_,
        per_page=per_page,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> DriveItemPage | ErrorResponse | None:
    """Browse a Drive folder

     List the folders and files of one folder, one page at a time (cursor pagination: pass `next_cursor`
    as `cursor` while `has_more`). Official tool `drive_browse_folder` with a `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DriveItemPage | ErrorResponse
    """

    return sync_detailed(
        space=space,
        folder_id=folder_id,
        client=client,
        sort=sort,
        dir_=dir_,
        per_page=per_page,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    space: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[DriveItemPage | ErrorResponse]:
    """Browse a Drive folder

     List the folders and files of one folder, one page at a time (cursor pagination: pass `next_cursor`
    as `cursor` while `has_more`). Official tool `drive_browse_folder` with a `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DriveItemPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space=space,
        folder_id=folder_id,
        sort=sort,
        dir_=dir_,
        per_page=per_page,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space: str,
    folder_id: int,
    *,
    client: AuthenticatedClient,
    sort: DriveBrowseSubfolderSort | Unset = UNSET,
    dir_: DriveBrowseSubfolderDir | Unset = UNSET,
    per_page: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> DriveItemPage | ErrorResponse | None:
    """Browse a Drive folder

     List the folders and files of one folder, one page at a time (cursor pagination: pass `next_cursor`
    as `cursor` while `has_more`). Official tool `drive_browse_folder` with a `folder_id`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.
        folder_id (int):
        sort (DriveBrowseSubfolderSort | Unset):
        dir_ (DriveBrowseSubfolderDir | Unset):
        per_page (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DriveItemPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            space=space,
            folder_id=folder_id,
            client=client,
            sort=sort,
            dir_=dir_,
            per_page=per_page,
            cursor=cursor,
        )
    ).parsed
