from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.list_white_label_members_role import ListWhiteLabelMembersRole
from ...models.list_white_label_members_status import ListWhiteLabelMembersStatus
from ...models.white_label_member_list import WhiteLabelMemberList
from ...types import Unset


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["search"] = search

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["include_removed"] = include_removed

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/white-label/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WhiteLabelMemberList | None:
    if response.status_code == 200:
        response_200 = WhiteLabelMemberList.from_dict(response.json())

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
) -> Response[ErrorResponse | WhiteLabelMemberList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorResponse | WhiteLabelMemberList]:
    """List White Label members

     List the White Label team members, one page at a time. Not in the API overview; the official client
    calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhiteLabelMemberList]
    """

    kwargs = _get_kwargs(
        search=search,
        role=role,
        status=status,
        include_removed=include_removed,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorResponse | WhiteLabelMemberList | None:
    """List White Label members

     List the White Label team members, one page at a time. Not in the API overview; the official client
    calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhiteLabelMemberList
    """

    return sync_detailed(
        client=client,
        search=search,
        role=role,
        status=status,
        include_removed=include_removed,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[ErrorResponse | WhiteLabelMemberList]:
    """List White Label members

     List the White Label team members, one page at a time. Not in the API overview; the official client
    calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WhiteLabelMemberList]
    """

    kwargs = _get_kwargs(
        search=search,
        role=role,
        status=status,
        include_removed=include_removed,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> ErrorResponse | WhiteLabelMemberList | None:
    """List White Label members

     List the White Label team members, one page at a time. Not in the API overview; the official client
    calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WhiteLabelMemberList
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            role=role,
            status=status,
            include_removed=include_removed,
            page=page,
            per_page=per_page,
        )
    ).parsed
