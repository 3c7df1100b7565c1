from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.drive_download_url import DriveDownloadUrl

OPERATION_ID: Final = "drive_file_download_url"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/files/{id}/download".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveDownloadUrl:
    return read_json(OPERATION_ID, client, response, DriveDownloadUrl.from_dict, (200,))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DriveDownloadUrl]:
    """Get a download URL for a Drive file

    A presigned download URL, valid for about 5 minutes, served as an attachment. The API returns
    JSON with the URL, not the file's bytes.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/files/{id}/download`` (operation ``drive_file_download_url``).

    Args:
        id (int):

    Returns:
        ``Response[DriveDownloadUrl]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:read`` (else ``PermissionDeniedError``).
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
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> DriveDownloadUrl:
    """Get a download URL for a Drive file

    A presigned download URL, valid for about 5 minutes, served as an attachment. The API returns
    JSON with the URL, not the file's bytes.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/files/{id}/download`` (operation ``drive_file_download_url``).

    Args:
        id (int):

    Returns:
        ``DriveDownloadUrl``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:read`` (else ``PermissionDeniedError``).
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
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
