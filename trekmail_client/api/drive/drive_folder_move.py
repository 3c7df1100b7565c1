from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_folder_move_request import DriveFolderMoveRequest
from ...models.drive_folder_result import DriveFolderResult

OPERATION_ID: Final = "drive_folder_move"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DriveFolderMoveRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: DriveFolderMoveRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/drive/folders/{id}:move".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveFolderResult:
    return read_json(
        OPERATION_ID, client, response, DriveFolderResult.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DriveFolderMoveRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DriveFolderResult]:
    """Move a Drive folder

    Move a folder under another folder (`parent_id`) or to the root (`parent_id` null). The server
    refuses cycles.

    Auth: ops token (`tm_live_`), scope `drive:account:write` or `drive:mailbox:write` (any one of
    them is enough).

    ``POST /api/v1/drive/folders/{id}:move`` (operation ``drive_folder_move``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DriveFolderMoveRequest): Move a folder (the server refuses cycles).

    Returns:
        ``Response[DriveFolderResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DriveFolderMoveRequest,
    idempotency_key: str | Unset = UNSET,
) -> DriveFolderResult:
    """Move a Drive folder

    Move a folder under another folder (`parent_id`) or to the root (`parent_id` null). The server
    refuses cycles.

    Auth: ops token (`tm_live_`), scope `drive:account:write` or `drive:mailbox:write` (any one of
    them is enough).

    ``POST /api/v1/drive/folders/{id}:move`` (operation ``drive_folder_move``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DriveFolderMoveRequest): Move a folder (the server refuses cycles).

    Returns:
        ``DriveFolderResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
