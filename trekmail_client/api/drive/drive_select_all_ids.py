from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.drive_all_ids import DriveAllIds

OPERATION_ID: Final = "drive_select_all_ids"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/spaces/{space}/all-ids".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveAllIds:
    return read_json(OPERATION_ID, client, response, DriveAllIds.from_dict, (200,))


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
) -> Response[DriveAllIds]:
    """Get every item id at the root of a Drive space

    The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The
    same official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/all-ids`` (operation ``drive_select_all_ids``).

    Args:
        space (str):  Example: account.

    Returns:
        ``Response[DriveAllIds]``: status code, headers, raw content and ``parsed``.

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
        space=space,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    space: str,
    *,
    client: AuthenticatedClient,
) -> DriveAllIds:
    """Get every item id at the root of a Drive space

    The ids of every file and folder at the root of the space (at most 5000), for bulk actions. The
    same official tool (`drive_select_all_ids`) reads a folder through `GET
    /drive/spaces/{space}/folders/{folderId}/all-ids`.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/all-ids`` (operation ``drive_select_all_ids``).

    Args:
        space (str):  Example: account.

    Returns:
        ``DriveAllIds``.

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
        space=space,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
