from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.drive_share_link_list import DriveShareLinkList

OPERATION_ID: Final = "drive_share_list"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> list[DriveShareLink]:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return []


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/files/{id}/share-links".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveShareLinkList:
    return read_json(
        OPERATION_ID, client, response, DriveShareLinkList.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DriveShareLinkList]:
    """List the share links of a Drive file

    The public share links of a file; raw tokens are never included.

    Auth: ops token (`tm_live_`), scope `drive:account:share` or `drive:mailbox:share` (any one of
    them is enough).

    ``GET /api/v1/drive/files/{id}/share-links`` (operation ``drive_share_list``).

    Args:
        id (int):

    Returns:
        ``Response[DriveShareLinkList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:share`` (else ``PermissionDeniedError``).
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
) -> DriveShareLinkList:
    """List the share links of a Drive file

    The public share links of a file; raw tokens are never included.

    Auth: ops token (`tm_live_`), scope `drive:account:share` or `drive:mailbox:share` (any one of
    them is enough).

    ``GET /api/v1/drive/files/{id}/share-links`` (operation ``drive_share_list``).

    Args:
        id (int):

    Returns:
        ``DriveShareLinkList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:share`` (else ``PermissionDeniedError``).
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
