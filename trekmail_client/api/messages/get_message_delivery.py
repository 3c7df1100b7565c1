from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.message_delivery import MessageDelivery

OPERATION_ID: Final = "get_message_delivery"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    request_id: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/deliveries/{request_id}".format(
            request_id=str(request_id)
            if type(request_id) is int
            else quote(str(request_id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MessageDelivery:
    return read_json(OPERATION_ID, client, response, MessageDelivery.from_dict, (200,))


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[MessageDelivery]:
    """Get a message delivery

    Delivery state of a send, by the `request_id` send_message returned. Works with any message
    token of the same mailbox. Unknown id: 404.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/deliveries/{request_id}`` (operation ``get_message_delivery``).

    Args:
        request_id (str):

    Returns:
        ``Response[MessageDelivery]``: status code, headers, raw content and ``parsed``.

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
        request_id=request_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
) -> MessageDelivery:
    """Get a message delivery

    Delivery state of a send, by the `request_id` send_message returned. Works with any message
    token of the same mailbox. Unknown id: 404.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/deliveries/{request_id}`` (operation ``get_message_delivery``).

    Args:
        request_id (str):

    Returns:
        ``MessageDelivery``.

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
        request_id=request_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
