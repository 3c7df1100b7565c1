from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.message_list_response import MessageListResponse
from ...models.message_summary import MessageSummary

OPERATION_ID: Final = "list_messages"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = MessageSummary
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["folder"] = folder

    params["limit"] = limit

    params["before_uid"] = before_uid

    params["since"] = since

    params["unread_only"] = unread_only

    params["search"] = search

    params["external_account_id"] = external_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MessageListResponse:
    return read_json(
        OPERATION_ID, client, response, MessageListResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> Response[MessageListResponse]:
    """List messages

    List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages`` (operation ``list_messages``), a list paged by ``before_uid``: iterate every item with ``tm.paginate(list_messages, ...)``.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Returns:
        ``Response[MessageListResponse]``: status code, headers, raw content and ``parsed``.

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
        folder=folder,
        limit=limit,
        before_uid=before_uid,
        since=since,
        unread_only=unread_only,
        search=search,
        external_account_id=external_account_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    limit: int | Unset = 20,
    before_uid: int | Unset = UNSET,
    since: str | Unset = UNSET,
    unread_only: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    external_account_id: int | Unset = UNSET,
) -> MessageListResponse:
    """List messages

    List messages of a folder, newest first. Page with `before_uid` = `pagination.next_before_uid`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages`` (operation ``list_messages``), a list paged by ``before_uid``: iterate every item with ``tm.paginate(list_messages, ...)``.

    Args:
        folder (str | Unset):  Default: 'INBOX'.
        limit (int | Unset):  Default: 20.
        before_uid (int | Unset):
        since (str | Unset):
        unread_only (bool | Unset):
        search (str | Unset):
        external_account_id (int | Unset):

    Returns:
        ``MessageListResponse``.

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
        folder=folder,
        limit=limit,
        before_uid=before_uid,
        since=since,
        unread_only=unread_only,
        search=search,
        external_account_id=external_account_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
