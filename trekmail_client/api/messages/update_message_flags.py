from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.message_flags_request import MessageFlagsRequest
from ...models.message_flags_result import MessageFlagsResult

OPERATION_ID: Final = "update_message_flags"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MessageFlagsRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    uid: int,
    *,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/messages/{uid}".format(
            uid=str(uid) if type(uid) is int else quote(str(uid), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MessageFlagsResult:
    return read_json(
        OPERATION_ID, client, response, MessageFlagsResult.from_dict, (200,)
    )


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MessageFlagsResult]:
    """Update message flags

    Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PATCH /api/v1/messages/{uid}`` (operation ``update_message_flags``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Returns:
        ``Response[MessageFlagsResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:write`` (else ``PermissionDeniedError``).
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
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: MessageFlagsRequest,
    idempotency_key: str | Unset = UNSET,
) -> MessageFlagsResult:
    """Update message flags

    Mark a message read/unread or starred/unstarred.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PATCH /api/v1/messages/{uid}`` (operation ``update_message_flags``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (MessageFlagsRequest): Set read/starred flags.

    Returns:
        ``MessageFlagsResult``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:write`` (else ``PermissionDeniedError``).
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
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
