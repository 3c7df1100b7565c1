from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.message_token_list import MessageTokenList
from ...models.message_token import MessageToken

OPERATION_ID: Final = "list_message_tokens"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = MessageToken
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes/{id}/message-tokens".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MessageTokenList:
    return read_json(OPERATION_ID, client, response, MessageTokenList.from_dict, (200,))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[MessageTokenList]:
    """List message tokens

    List a mailbox's message tokens (prefix, name, scopes, status). `per_page` is at most 20.

    Auth: ops token (`tm_live_`), scope `mailboxes:message-tokens:manage`.

    ``GET /api/v1/mailboxes/{id}/message-tokens`` (operation ``list_message_tokens``), a list paged by ``page``: iterate every item with ``tm.paginate(list_message_tokens, ...)``.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``Response[MessageTokenList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:message-tokens:manage`` (else ``PermissionDeniedError``).
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
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> MessageTokenList:
    """List message tokens

    List a mailbox's message tokens (prefix, name, scopes, status). `per_page` is at most 20.

    Auth: ops token (`tm_live_`), scope `mailboxes:message-tokens:manage`.

    ``GET /api/v1/mailboxes/{id}/message-tokens`` (operation ``list_message_tokens``), a list paged by ``page``: iterate every item with ``tm.paginate(list_message_tokens, ...)``.

    Args:
        id (int):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``MessageTokenList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:message-tokens:manage`` (else ``PermissionDeniedError``).
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
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
