from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.remove_domain_branding_response_200 import (
    RemoveDomainBrandingResponse200,
)
from ...models.remove_domain_branding_scope import RemoveDomainBrandingScope
from ...types import Unset


def _get_kwargs(
    id: int,
    *,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/domains/{id}/branding".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | RemoveDomainBrandingResponse200 | None:
    if response.status_code == 200:
        response_200 = RemoveDomainBrandingResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorResponse | RemoveDomainBrandingResponse200]:
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
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | RemoveDomainBrandingResponse200]:
    """Clear domain branding

     Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RemoveDomainBrandingResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        scope=scope,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | RemoveDomainBrandingResponse200 | None:
    """Clear domain branding

     Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RemoveDomainBrandingResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
        scope=scope,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | RemoveDomainBrandingResponse200]:
    """Clear domain branding

     Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | RemoveDomainBrandingResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        scope=scope,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | RemoveDomainBrandingResponse200 | None:
    """Clear domain branding

     Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | RemoveDomainBrandingResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            scope=scope,
            idempotency_key=idempotency_key,
        )
    ).parsed
