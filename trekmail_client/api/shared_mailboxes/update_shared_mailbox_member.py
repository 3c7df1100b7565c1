from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.shared_mailbox_member_response import SharedMailboxMemberResponse
from ...models.shared_mailbox_member_update_request import (
    SharedMailboxMemberUpdateRequest,
)
from ...models.shared_mailbox_member import SharedMailboxMember

OPERATION_ID: Final = "update_shared_mailbox_member"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = SharedMailboxMemberUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> SharedMailboxMember:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(SharedMailboxMember)


def _get_kwargs(
    id: int,
    member: int,
    *,
    body: SharedMailboxMemberUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/mailboxes/{id}/members/{member}".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
            member=str(member) if type(member) is int else quote(str(member), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> SharedMailboxMemberResponse:
    return read_json(
        OPERATION_ID, client, response, SharedMailboxMemberResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    member: int,
    *,
    client: AuthenticatedClient,
    body: SharedMailboxMemberUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[SharedMailboxMemberResponse]:
    """Update a shared mailbox member

    Toggle a member's reply access (`can_send`).

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``PATCH /api/v1/mailboxes/{id}/members/{member}`` (operation ``update_shared_mailbox_member``).

    Args:
        id (int):
        member (int):
        idempotency_key (str | Unset):
        body (SharedMailboxMemberUpdateRequest): Toggle a member's reply access.

    Returns:
        ``Response[SharedMailboxMemberResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:write`` (else ``PermissionDeniedError``).
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
        member=member,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    member: int,
    *,
    client: AuthenticatedClient,
    body: SharedMailboxMemberUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> SharedMailboxMemberResponse:
    """Update a shared mailbox member

    Toggle a member's reply access (`can_send`).

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``PATCH /api/v1/mailboxes/{id}/members/{member}`` (operation ``update_shared_mailbox_member``).

    Args:
        id (int):
        member (int):
        idempotency_key (str | Unset):
        body (SharedMailboxMemberUpdateRequest): Toggle a member's reply access.

    Returns:
        ``SharedMailboxMemberResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:write`` (else ``PermissionDeniedError``).
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
        member=member,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
