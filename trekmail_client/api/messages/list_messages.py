from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.message_list_response import MessageListResponse
from ...types import Unset


def _get_kwargs(
    *,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["folder"] = folder

    params["limit"] = limit

    params["before_uid"] = before_uid

    params["since"] = since

    params["unread_only"] = unread_only

    params["search"] = search

    params["external_account_id"] = external_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageListResponse | None:
    if response.status_code == 200:
        response_200 = MessageListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageListResponse]:
    """List messages

     List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageListResponse]
    """

    kwargs = _get_kwargs(
        folder=folder,
        limit=limit,
        before_uid=before_uid,
        since=since,
        unread_only=unread_only,
        search=search,
        external_account_id=external_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> ErrorResponse | MessageListResponse | None:
    """List messages

     List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageListResponse
    """

    return sync_detailed(
        client=client,
        folder=folder,
        limit=limit,
        before_uid=before_uid,
        since=since,
        unread_only=unread_only,
        search=search,
        external_account_id=external_account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> Response[ErrorResponse | MessageListResponse]:
    """List messages

     List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageListResponse]
    """

    kwargs = _get_kwargs(
        folder=folder,
        limit=limit,
        before_uid=before_uid,
        since=since,
        unread_only=unread_only,
        search=search,
        external_account_id=external_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> ErrorResponse | MessageListResponse | None:
    """List messages

     List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            folder=folder,
            limit=limit,
            before_uid=before_uid,
            since=since,
            unread_only=unread_only,
            search=search,
            external_account_id=external_account_id,
        )
    ).parsed
