from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.message_flags_request import MessageFlagsRequest
from ...models.message_flags_result import MessageFlagsResult
from ...types import Unset


def _get_kwargs(
    uid: int,
    *,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/messages/{uid}".format(
            uid=quote(str(uid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageFlagsResult | None:
    if response.status_code == 200:
        response_200 = MessageFlagsResult.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageFlagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageFlagsResult]:
    """Update message flags

     Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFlagsResult]
    """

    kwargs = _get_kwargs(
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MessageFlagsResult | None:
    """Update message flags

     Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFlagsResult
    """

    return sync_detailed(
        uid=uid,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MessageFlagsResult]:
    """Update message flags

     Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFlagsResult]
    """

    kwargs = _get_kwargs(
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MessageFlagsResult | None:
    """Update message flags

     Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFlagsResult
    """

    return (
        await asyncio_detailed(
            uid=uid,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
