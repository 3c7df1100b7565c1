from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.raw_message import RawMessage

OPERATION_ID: Final = "get_raw_message"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    uid: int,
    *,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["folder"] = folder

    params["external_account_id"] = external_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/{uid}/raw".format(
            uid=str(uid) if type(uid) is int else quote(str(uid), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> RawMessage:
    return read_json(OPERATION_ID, client, response, RawMessage.from_dict, (200,))


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
) -> Response[RawMessage]:
    """Get the raw message

    The full RFC 822 source as base64 in JSON (`raw_base64`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/{uid}/raw`` (operation ``get_raw_message``).

    Args:
        uid (int):
        folder (str | Unset):  Default: 'INBOX'.
        external_account_id (int | Unset):

    Returns:
        ``Response[RawMessage]``: status code, headers, raw content and ``parsed``.

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
        uid=uid,
        folder=folder,
        external_account_id=external_account_id,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
) -> RawMessage:
    """Get the raw message

    The full RFC 822 source as base64 in JSON (`raw_base64`).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/{uid}/raw`` (operation ``get_raw_message``).

    Args:
        uid (int):
        folder (str | Unset):  Default: 'INBOX'.
        external_account_id (int | Unset):

    Returns:
        ``RawMessage``.

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
        uid=uid,
        folder=folder,
        external_account_id=external_account_id,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
