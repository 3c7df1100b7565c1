from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.smtp_profile_update_request import SmtpProfileUpdateRequest
from ...models.update_domain_smtp_profile_response_200 import (
    UpdateDomainSmtpProfileResponse200,
)
from ...types import Unset


def _get_kwargs(
    id: int,
    connection_id: int,
    *,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/domains/{id}/smtp/profiles/{connection_id}".format(
            id=quote(str(id), safe=""),
            connection_id=quote(str(connection_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateDomainSmtpProfileResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateDomainSmtpProfileResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | UpdateDomainSmtpProfileResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | UpdateDomainSmtpProfileResponse200]:
    """Update an SMTP profile

     Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateDomainSmtpProfileResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        connection_id=connection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | UpdateDomainSmtpProfileResponse200 | None:
    """Update an SMTP profile

     Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateDomainSmtpProfileResponse200
    """

    return sync_detailed(
        id=id,
        connection_id=connection_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | UpdateDomainSmtpProfileResponse200]:
    """Update an SMTP profile

     Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateDomainSmtpProfileResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        connection_id=connection_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | UpdateDomainSmtpProfileResponse200 | None:
    """Update an SMTP profile

     Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateDomainSmtpProfileResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            connection_id=connection_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
