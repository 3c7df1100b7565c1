from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.message_me_response import MessageMeResponse

OPERATION_ID: Final = "whoami_messages"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/_me",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MessageMeResponse:
    return read_json(
        OPERATION_ID, client, response, MessageMeResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MessageMeResponse]:
    """Describe the message token

    Capability probe of the message token: `capabilities.effective_scopes` lists the scopes it can
    actually use. Message-token twin of `GET /me`.

    Auth: message token (`tm_msg_`), any valid message token (no particular scope).

    ``GET /api/v1/messages/_me`` (operation ``whoami_messages``).

    Returns:
        ``Response[MessageMeResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`).
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
    kwargs = _get_kwargs()
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> MessageMeResponse:
    """Describe the message token

    Capability probe of the message token: `capabilities.effective_scopes` lists the scopes it can
    actually use. Message-token twin of `GET /me`.

    Auth: message token (`tm_msg_`), any valid message token (no particular scope).

    ``GET /api/v1/messages/_me`` (operation ``whoami_messages``).

    Returns:
        ``MessageMeResponse``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`).
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
    kwargs = _get_kwargs()
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
