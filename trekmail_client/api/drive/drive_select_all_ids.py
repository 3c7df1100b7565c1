from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response
from ... import errors
from ..._parsing import parse_checked

from ...models.drive_select_all_ids_response_200 import DriveSelectAllIdsResponse200
from ...models.error_response import ErrorResponse


def _get_kwargs(
    space: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/spaces/{space}/all-ids".format(
            space=quote(str(space), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DriveSelectAllIdsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DriveSelectAllIdsResponse200.from_dict(response.json())

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
) -> Response[DriveSelectAllIdsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
) -> Response[DriveSelectAllIdsResponse200 | ErrorResponse]:
    """Get every item id at the root of a Drive space

     The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The same
    official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DriveSelectAllIdsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space=space,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space: str,
    *,
    client: AuthenticatedClient,
) -> DriveSelectAllIdsResponse200 | ErrorResponse | None:
    """Get every item id at the root of a Drive space

     The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The same
    official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DriveSelectAllIdsResponse200 | ErrorResponse
    """

    return sync_detailed(
        space=space,
        client=client,
    ).parsed


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
) -> Response[DriveSelectAllIdsResponse200 | ErrorResponse]:
    """Get every item id at the root of a Drive space

     The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The same
    official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DriveSelectAllIdsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        space=space,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space: str,
    *,
    client: AuthenticatedClient,
) -> DriveSelectAllIdsResponse200 | ErrorResponse | None:
    """Get every item id at the root of a Drive space

     The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The same
    official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of them is
    enough).

    Args:
        space (str):  Example: account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DriveSelectAllIdsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            space=space,
            client=client,
        )
    ).parsed
