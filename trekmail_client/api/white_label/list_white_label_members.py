from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.list_white_label_members_role import ListWhiteLabelMembersRole
from ...models.list_white_label_members_status import ListWhiteLabelMembersStatus
from ...models.white_label_member_list import WhiteLabelMemberList
from ...models.white_label_member import WhiteLabelMember

OPERATION_ID: Final = "list_white_label_members"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = WhiteLabelMember
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


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
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> WhiteLabelMemberList:
    return read_json(
        OPERATION_ID, client, response, WhiteLabelMemberList.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[WhiteLabelMemberList]:
    """List White Label members

    List the White Label team members, one page at a time. Not in the API overview; the official
    client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    ``GET /api/v1/white-label/members`` (operation ``list_white_label_members``), a list paged by ``page``: iterate every item with ``tm.paginate(list_white_label_members, ...)``.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``Response[WhiteLabelMemberList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        search=search,
        role=role,
        status=status,
        include_removed=include_removed,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: str | Unset = UNSET,
    role: ListWhiteLabelMembersRole | Unset = UNSET,
    status: ListWhiteLabelMembersStatus | Unset = UNSET,
    include_removed: bool | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> WhiteLabelMemberList:
    """List White Label members

    List the White Label team members, one page at a time. Not in the API overview; the official
    client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:read`.

    ``GET /api/v1/white-label/members`` (operation ``list_white_label_members``), a list paged by ``page``: iterate every item with ``tm.paginate(list_white_label_members, ...)``.

    Args:
        search (str | Unset):
        role (ListWhiteLabelMembersRole | Unset):
        status (ListWhiteLabelMembersStatus | Unset):
        include_removed (bool | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``WhiteLabelMemberList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:read`` (else ``PermissionDeniedError``).
        APIError: the API answered 400 or more, as a subclass per status
            (``AuthenticationError`` 401, ``PermissionDeniedError`` 403, ``NotFoundError`` 404,
            ``ConflictError`` 409, ``UnprocessableEntityError`` 422, ``RateLimitError`` 429,
            ``InternalServerError`` 5xx), after the retries the client's policy allows.
        APITimeoutError: no answer within the client's timeout.
        APIConnectionError: the connection failed (``.request_sent`` says whether it may have
            reached the server).
        ResponseParseError: a 2xx body that is not JSON, or (with ``strict=True``) one that
            differs from openapi.json.
    """
    kwargs = _get_kwargs(
        search=search,
        role=role,
        status=status,
        include_removed=include_removed,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
