from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.detect_external_account_response_200 import (
    DetectExternalAccountResponse200,
)
from ...models.error_response import ErrorResponse
from ...models.external_account_detect_request import ExternalAccountDetectRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: ExternalAccountDetectRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/messages/external-accounts/detect",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetectExternalAccountResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DetectExternalAccountResponse200.from_dict(response.json())

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
) -> Response[DetectExternalAccountResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExternalAccountDetectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DetectExternalAccountResponse200 | ErrorResponse]:
    """Detect an external account's settings

     Look up the provider preset for an address: IMAP/SMTP host, port and encryption, and whether an app
    password or OAuth is needed. Read-only despite POST (scope `messages:read`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        idempotency_key (str | Unset):
        body (ExternalAccountDetectRequest): Address to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectExternalAccountResponse200 | ErrorResponse]
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
    body: ExternalAccountDetectRequest,
    idempotency_key: str | Unset = UNSET,
) -> DetectExternalAccountResponse200 | ErrorResponse | None:
    """Detect an external account's settings

     Look up the provider preset for an address: IMAP/SMTP host, port and encryption, and whether an app
    password or OAuth is needed. Read-only despite POST (scope `messages:read`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        idempotency_key (str | Unset):
        body (ExternalAccountDetectRequest): Address to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectExternalAccountResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExternalAccountDetectRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DetectExternalAccountResponse200 | ErrorResponse]:
    """Detect an external account's settings

     Look up the provider preset for an address: IMAP/SMTP host, port and encryption, and whether an app
    password or OAuth is needed. Read-only despite POST (scope `messages:read`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        idempotency_key (str | Unset):
        body (ExternalAccountDetectRequest): Address to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetectExternalAccountResponse200 | ErrorResponse]
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
    body: ExternalAccountDetectRequest,
    idempotency_key: str | Unset = UNSET,
) -> DetectExternalAccountResponse200 | ErrorResponse | None:
    """Detect an external account's settings

     Look up the provider preset for an address: IMAP/SMTP host, port and encryption, and whether an app
    password or OAuth is needed. Read-only despite POST (scope `messages:read`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        idempotency_key (str | Unset):
        body (ExternalAccountDetectRequest): Address to look up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DetectExternalAccountResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
