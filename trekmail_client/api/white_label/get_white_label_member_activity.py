from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.white_label_member_activity import WhiteLabelMemberActivity
from ...types import Unset


def _get_kwargs(
    id: int,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/white-label/members/{id}/activity".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WhiteLabelMemberActivity | None:
    if response.status_code == 200:
        response_200 = WhiteLabelMemberActivity.from_dict(response.json())

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
) -> Response[ErrorResponse | WhiteLabelMemberActivity]:
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
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | WhiteLabelMemberActivity]:
    """Get a White Label member's activity

     Recent activity of one member (a limit-only list). Needs both `activity:read` and `members:read`.
    Not in the API overview; the official client calls it. Member endpoints allow 20 requests per
    minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    Args:
        id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhiteLabelMemberActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> ErrorResponse | WhiteLabelMemberActivity | None:
    """Get a White Label member's activity

     Recent activity of one member (a limit-only list). Needs both `activity:read` and `members:read`.
    Not in the API overview; the official client calls it. Member endpoints allow 20 requests per
    minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    Args:
        id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhiteLabelMemberActivity
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | WhiteLabelMemberActivity]:
    """Get a White Label member's activity

     Recent activity of one member (a limit-only list). Needs both `activity:read` and `members:read`.
    Not in the API overview; the official client calls it. Member endpoints allow 20 requests per
    minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    Args:
        id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhiteLabelMemberActivity]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> ErrorResponse | WhiteLabelMemberActivity | None:
    """Get a White Label member's activity

     Recent activity of one member (a limit-only list). Needs both `activity:read` and `members:read`.
    Not in the API overview; the official client calls it. Member endpoints allow 20 requests per
    minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    Args:
        id (int):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhiteLabelMemberActivity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
        )
    ).parsed
