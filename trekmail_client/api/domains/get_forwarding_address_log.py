from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.domain_forwarding_log import DomainForwardingLog
from ...models.error_response import ErrorResponse
from ...types import Unset


def _get_kwargs(
    id: int,
    forwarding_address_id: int,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log".format(
            id=quote(str(id), safe=""),
            forwarding_address_id=quote(str(forwarding_address_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainForwardingLog | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DomainForwardingLog.from_dict(response.json())

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
) -> Response[DomainForwardingLog | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[DomainForwardingLog | ErrorResponse]:
    """Get a forwarding address log

     Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as spam),
    kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainForwardingLog | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        forwarding_address_id=forwarding_address_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> DomainForwardingLog | ErrorResponse | None:
    """Get a forwarding address log

     Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as spam),
    kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainForwardingLog | ErrorResponse
    """

    return sync_detailed(
        id=id,
        forwarding_address_id=forwarding_address_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[DomainForwardingLog | ErrorResponse]:
    """Get a forwarding address log

     Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as spam),
    kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainForwardingLog | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        forwarding_address_id=forwarding_address_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> DomainForwardingLog | ErrorResponse | None:
    """Get a forwarding address log

     Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as spam),
    kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainForwardingLog | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            forwarding_address_id=forwarding_address_id,
            client=client,
            limit=limit,
        )
    ).parsed
