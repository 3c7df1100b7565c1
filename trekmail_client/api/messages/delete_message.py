from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.delete_message_response_200 import DeleteMessageResponse200

OPERATION_ID: Final = "delete_message"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    uid: int,
    *,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["external_account_id"] = external_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/messages/{uid}".format(
            uid=str(uid) if type(uid) is int else quote(str(uid), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DeleteMessageResponse200 | None:
    if response.status_code == 204:
        return None
    return read_json(
        OPERATION_ID, client, response, DeleteMessageResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeleteMessageResponse200 | None]:
    """Delete a message

    Delete a message permanently (sets \\Deleted and expunges).

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``DELETE /api/v1/messages/{uid}`` (operation ``delete_message``).

    Args:
        uid (int):
        folder (str | Unset):  Default: 'INBOX'.
        external_account_id (int | Unset):
        idempotency_key (str | Unset):

    Returns:
        ``Response[DeleteMessageResponse200 | None]``: status code, headers, raw content and ``parsed``.

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
        folder=folder,
        external_account_id=external_account_id,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient,
    folder: str | Unset = "INBOX",
    external_account_id: int | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DeleteMessageResponse200 | None:
    """Delete a message

    Delete a message permanently (sets \\Deleted and expunges).

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``DELETE /api/v1/messages/{uid}`` (operation ``delete_message``).

    Args:
        uid (int):
        folder (str | Unset):  Default: 'INBOX'.
        external_account_id (int | Unset):
        idempotency_key (str | Unset):

    Returns:
        ``DeleteMessageResponse200 | None`` (``None`` for a 204 answer, which has no body).

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
        folder=folder,
        external_account_id=external_account_id,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
