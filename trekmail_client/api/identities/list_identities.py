from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.identity_list import IdentityList

OPERATION_ID: Final = "list_identities"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    external_account_id: int | Unset = UNSET,
    shared_mailbox_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["external_account_id"] = external_account_id

    params["shared_mailbox_id"] = shared_mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/identities",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> IdentityList:
    return read_json(OPERATION_ID, client, response, IdentityList.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_account_id: int | Unset = UNSET,
    shared_mailbox_id: int | Unset = UNSET,
) -> Response[IdentityList]:
    """List identities

    Valid From addresses, Send-As identities, reply policy, eligible domains and permitted SMTP
    profiles.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/identities`` (operation ``list_identities``).

    Args:
        external_account_id (int | Unset):
        shared_mailbox_id (int | Unset):

    Returns:
        ``Response[IdentityList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        external_account_id=external_account_id,
        shared_mailbox_id=shared_mailbox_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_account_id: int | Unset = UNSET,
    shared_mailbox_id: int | Unset = UNSET,
) -> IdentityList:
    """List identities

    Valid From addresses, Send-As identities, reply policy, eligible domains and permitted SMTP
    profiles.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/identities`` (operation ``list_identities``).

    Args:
        external_account_id (int | Unset):
        shared_mailbox_id (int | Unset):

    Returns:
        ``IdentityList``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        external_account_id=external_account_id,
        shared_mailbox_id=shared_mailbox_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
