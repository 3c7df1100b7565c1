from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.alias_list import AliasList

OPERATION_ID: Final = "list_aliases"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> list[Alias]:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return []


def _get_kwargs(
    *,
    mailbox_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["mailbox_id"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/aliases",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> AliasList:
    return read_json(OPERATION_ID, client, response, AliasList.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: int | Unset = UNSET,
) -> Response[AliasList]:
    """List aliases

    List mailbox aliases.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/aliases`` (operation ``list_aliases``).

    Args:
        mailbox_id (int | Unset):

    Returns:
        ``Response[AliasList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        mailbox_id=mailbox_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    mailbox_id: int | Unset = UNSET,
) -> AliasList:
    """List aliases

    List mailbox aliases.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/aliases`` (operation ``list_aliases``).

    Args:
        mailbox_id (int | Unset):

    Returns:
        ``AliasList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        mailbox_id=mailbox_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
