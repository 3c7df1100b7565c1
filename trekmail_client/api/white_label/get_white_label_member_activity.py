from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.white_label_member_activity import WhiteLabelMemberActivity

OPERATION_ID: Final = "get_white_label_member_activity"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> list[WhiteLabelActivityEntry]:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return []


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
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> WhiteLabelMemberActivity:
    return read_json(
        OPERATION_ID, client, response, WhiteLabelMemberActivity.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[WhiteLabelMemberActivity]:
    """Get a White Label member's activity

    Recent activity of one member (a limit-only list). Needs both `activity:read` and
    `members:read`. Not in the API overview; the official client calls it. Member endpoints allow 20
    requests per minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    ``GET /api/v1/white-label/members/{id}/activity`` (operation ``get_white_label_member_activity``).

    Args:
        id (int):
        limit (int | Unset):

    Returns:
        ``Response[WhiteLabelMemberActivity]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``activity:read&members:read`` (else ``PermissionDeniedError``).
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
        id=id,
        limit=limit,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> WhiteLabelMemberActivity:
    """Get a White Label member's activity

    Recent activity of one member (a limit-only list). Needs both `activity:read` and
    `members:read`. Not in the API overview; the official client calls it. Member endpoints allow 20
    requests per minute.

    Auth: ops token (`tm_live_`), scope `activity:read` and `members:read`.

    ``GET /api/v1/white-label/members/{id}/activity`` (operation ``get_white_label_member_activity``).

    Args:
        id (int):
        limit (int | Unset):

    Returns:
        ``WhiteLabelMemberActivity``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``activity:read&members:read`` (else ``PermissionDeniedError``).
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
        id=id,
        limit=limit,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
