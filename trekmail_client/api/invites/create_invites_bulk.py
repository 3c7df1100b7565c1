from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.invite_bulk_create_request import InviteBulkCreateRequest
from ...models.invite_bulk_error_response import InviteBulkErrorResponse
from ...models.invite_bulk_result import InviteBulkResult
from ...types import Unset


def _get_kwargs(
    *,
    body: InviteBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/invites:bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InviteBulkErrorResponse | InviteBulkResult | None:
    if response.status_code == 200:
        response_200 = InviteBulkResult.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = InviteBulkResult.from_dict(response.json())

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
        response_422 = InviteBulkErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InviteBulkErrorResponse | InviteBulkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | InviteBulkErrorResponse | InviteBulkResult]:
    """Invite mailbox users in bulk

     Create up to 100 invites. Per-row results; 422 when every row failed (bulk shape) or the batch was
    rejected (envelope).

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    Args:
        idempotency_key (str | Unset):
        body (InviteBulkCreateRequest): Create up to 100 invites.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteBulkErrorResponse | InviteBulkResult]
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
    body: InviteBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | InviteBulkErrorResponse | InviteBulkResult | None:
    """Invite mailbox users in bulk

     Create up to 100 invites. Per-row results; 422 when every row failed (bulk shape) or the batch was
    rejected (envelope).

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    Args:
        idempotency_key (str | Unset):
        body (InviteBulkCreateRequest): Create up to 100 invites.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteBulkErrorResponse | InviteBulkResult
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | InviteBulkErrorResponse | InviteBulkResult]:
    """Invite mailbox users in bulk

     Create up to 100 invites. Per-row results; 422 when every row failed (bulk shape) or the batch was
    rejected (envelope).

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    Args:
        idempotency_key (str | Unset):
        body (InviteBulkCreateRequest): Create up to 100 invites.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InviteBulkErrorResponse | InviteBulkResult]
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
    body: InviteBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | InviteBulkErrorResponse | InviteBulkResult | None:
    """Invite mailbox users in bulk

     Create up to 100 invites. Per-row results; 422 when every row failed (bulk shape) or the batch was
    rejected (envelope).

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    Args:
        idempotency_key (str | Unset):
        body (InviteBulkCreateRequest): Create up to 100 invites.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InviteBulkErrorResponse | InviteBulkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
