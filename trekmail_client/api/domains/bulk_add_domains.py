from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.domain_bulk_add_error_response import DomainBulkAddErrorResponse
from ...models.domain_bulk_add_request import DomainBulkAddRequest
from ...models.domain_bulk_add_result import DomainBulkAddResult
from ...models.error_response import ErrorResponse
from ...types import Unset


def _get_kwargs(
    *,
    body: DomainBulkAddRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/domains:bulk-add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DomainBulkAddResult.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = DomainBulkAddResult.from_dict(response.json())

        return response_207

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
        response_422 = DomainBulkAddErrorResponse.from_dict(response.json())

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
) -> Response[DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DomainBulkAddRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse]:
    """Add domains in bulk

     Add 1-20 domains in one call. Per-row results; when every row fails the API answers 422 with the
    bulk shape and no `error` key.

    Auth: ops token (`tm_live_`), scope `domains:create`.

    Args:
        idempotency_key (str | Unset):
        body (DomainBulkAddRequest): Add several domains at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DomainBulkAddRequest,
    idempotency_key: str | Unset = UNSET,
) -> DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse | None:
    """Add domains in bulk

     Add 1-20 domains in one call. Per-row results; when every row fails the API answers 422 with the
    bulk shape and no `error` key.

    Auth: ops token (`tm_live_`), scope `domains:create`.

    Args:
        idempotency_key (str | Unset):
        body (DomainBulkAddRequest): Add several domains at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DomainBulkAddRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse]:
    """Add domains in bulk

     Add 1-20 domains in one call. Per-row results; when every row fails the API answers 422 with the
    bulk shape and no `error` key.

    Auth: ops token (`tm_live_`), scope `domains:create`.

    Args:
        idempotency_key (str | Unset):
        body (DomainBulkAddRequest): Add several domains at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DomainBulkAddRequest,
    idempotency_key: str | Unset = UNSET,
) -> DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse | None:
    """Add domains in bulk

     Add 1-20 domains in one call. Per-row results; when every row fails the API answers 422 with the
    bulk shape and no `error` key.

    Auth: ops token (`tm_live_`), scope `domains:create`.

    Args:
        idempotency_key (str | Unset):
        body (DomainBulkAddRequest): Add several domains at once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DomainBulkAddErrorResponse | DomainBulkAddResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
