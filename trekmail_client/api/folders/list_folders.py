from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.folder_list_response import FolderListResponse

OPERATION_ID: Final = "list_folders"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    external_account_id: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["external_account_id"] = external_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/folders",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> FolderListResponse:
    return read_json(
        OPERATION_ID, client, response, FolderListResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    external_account_id: int | Unset = UNSET,
) -> Response[FolderListResponse]:
    """List folders

    List the mailbox's folders with their raw paths, delimiter, depth and `has_children`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/folders`` (operation ``list_folders``).

    Args:
        external_account_id (int | Unset):

    Returns:
        ``Response[FolderListResponse]``: status code, headers, raw content and ``parsed``.

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
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    external_account_id: int | Unset = UNSET,
) -> FolderListResponse:
    """List folders

    List the mailbox's folders with their raw paths, delimiter, depth and `has_children`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/folders`` (operation ``list_folders``).

    Args:
        external_account_id (int | Unset):

    Returns:
        ``FolderListResponse``.

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
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
