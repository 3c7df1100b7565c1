from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.remove_shared_mailbox_member_response_200 import (
    RemoveSharedMailboxMemberResponse200,
)

OPERATION_ID: Final = "remove_shared_mailbox_member"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    member: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/mailboxes/{id}/members/{member}".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
            member=str(member) if type(member) is int else quote(str(member), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> RemoveSharedMailboxMemberResponse200 | None:
    if response.status_code == 204:
        return None
    return read_json(
        OPERATION_ID,
        client,
        response,
        RemoveSharedMailboxMemberResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    member: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[RemoveSharedMailboxMemberResponse200 | None]:
    """Remove a shared mailbox member

    Remove a member. A shared mailbox always keeps at least one member (422 `last_member`).

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``DELETE /api/v1/mailboxes/{id}/members/{member}`` (operation ``remove_shared_mailbox_member``).

    Args:
        id (int):
        member (int):
        idempotency_key (str | Unset):

    Returns:
        ``Response[RemoveSharedMailboxMemberResponse200 | None]``: status code, headers, raw content and ``parsed``.

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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    member: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> RemoveSharedMailboxMemberResponse200 | None:
    """Remove a shared mailbox member

    Remove a member. A shared mailbox always keeps at least one member (422 `last_member`).

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``DELETE /api/v1/mailboxes/{id}/members/{member}`` (operation ``remove_shared_mailbox_member``).

    Args:
        id (int):
        member (int):
        idempotency_key (str | Unset):

    Returns:
        ``RemoveSharedMailboxMemberResponse200 | None`` (``None`` for a 204 answer, which has no body).

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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
