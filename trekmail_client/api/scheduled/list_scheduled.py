from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.list_scheduled_status import ListScheduledStatus
from ...models.scheduled_message_list import ScheduledMessageList
from ...types import Unset


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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduledMessageList | None:
    if response.status_code == 200:
        response_200 = ScheduledMessageList.from_dict(response.json())

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
) -> Response[ErrorResponse | ScheduledMessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> Response[ErrorResponse | ScheduledMessageList]:
    """List scheduled messages

     List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduledMessageList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        per_page=per_page,
        shared_mailbox_id=shared_mailbox_id,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> ErrorResponse | ScheduledMessageList | None:
    """List scheduled messages

     List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduledMessageList
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        per_page=per_page,
        shared_mailbox_id=shared_mailbox_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> Response[ErrorResponse | ScheduledMessageList]:
    """List scheduled messages

     List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduledMessageList]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        per_page=per_page,
        shared_mailbox_id=shared_mailbox_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
    shared_mailbox_id: int | Unset = UNSET,
    status: ListScheduledStatus | Unset = "pending",
) -> ErrorResponse | ScheduledMessageList | None:
    """List scheduled messages

     List scheduled messages (cursor pagination: pass `pagination.next_cursor` as `cursor`).
    `limit_reached` rows carry `failure`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.
        shared_mailbox_id (int | Unset):
        status (ListScheduledStatus | Unset):  Default: 'pending'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduledMessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            per_page=per_page,
            shared_mailbox_id=shared_mailbox_id,
            status=status,
        )
    ).parsed
