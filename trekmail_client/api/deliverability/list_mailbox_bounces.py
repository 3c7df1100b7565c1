from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.deliverability_bounce_list import DeliverabilityBounceList
from ...models.error_response import ErrorResponse
from ...models.list_mailbox_bounces_type import ListMailboxBouncesType
from ...types import Unset


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
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliverabilityBounceList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeliverabilityBounceList.from_dict(response.json())

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
) -> Response[DeliverabilityBounceList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[DeliverabilityBounceList | ErrorResponse]:
    """List mailbox bounces

     Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP status
    code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliverabilityBounceList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        days=days,
        type_=type_,
        recipient=recipient,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> DeliverabilityBounceList | ErrorResponse | None:
    """List mailbox bounces

     Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP status
    code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliverabilityBounceList | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        days=days,
        type_=type_,
        recipient=recipient,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[DeliverabilityBounceList | ErrorResponse]:
    """List mailbox bounces

     Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP status
    code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliverabilityBounceList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        days=days,
        type_=type_,
        recipient=recipient,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
    type_: ListMailboxBouncesType | Unset = UNSET,
    recipient: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> DeliverabilityBounceList | ErrorResponse | None:
    """List mailbox bounces

     Per-recipient hard and soft bounces of mail sent from the mailbox, with the receiver's SMTP status
    code and response (RFC1918 IPs masked). Offset pagination (`limit`, `offset`).

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        days (int | Unset):  Default: 30.
        type_ (ListMailboxBouncesType | Unset):
        recipient (str | Unset):
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliverabilityBounceList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            days=days,
            type_=type_,
            recipient=recipient,
            limit=limit,
            offset=offset,
        )
    ).parsed
