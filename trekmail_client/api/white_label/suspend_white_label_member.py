from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.suspend_white_label_member_response_200 import (
    SuspendWhiteLabelMemberResponse200,
)

OPERATION_ID: Final = "suspend_white_label_member"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/white-label/members/{id}:suspend".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> SuspendWhiteLabelMemberResponse200:
    return read_json(
        OPERATION_ID,
        client,
        response,
        SuspendWhiteLabelMemberResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[SuspendWhiteLabelMemberResponse200]:
    """Suspend a White Label member

    Suspend a member and revoke their keys (destructive). An invalid transition gives 409
    `membership_state_conflict`. Not in the API overview; the official client calls it. Member
    endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:write`.

    ``POST /api/v1/white-label/members/{id}:suspend`` (operation ``suspend_white_label_member``).

    Args:
        id (int):
        idempotency_key (str | Unset):

    Returns:
        ``Response[SuspendWhiteLabelMemberResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:write`` (else ``PermissionDeniedError``).
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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> SuspendWhiteLabelMemberResponse200:
    """Suspend a White Label member

    Suspend a member and revoke their keys (destructive). An invalid transition gives 409
    `membership_state_conflict`. Not in the API overview; the official client calls it. Member
    endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:write`.

    ``POST /api/v1/white-label/members/{id}:suspend`` (operation ``suspend_white_label_member``).

    Args:
        id (int):
        idempotency_key (str | Unset):

    Returns:
        ``SuspendWhiteLabelMemberResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:write`` (else ``PermissionDeniedError``).
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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
