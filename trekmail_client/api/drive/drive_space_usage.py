from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.drive_space_usage import DriveSpaceUsage

OPERATION_ID: Final = "drive_space_usage"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/spaces/{space}/usage".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveSpaceUsage:
    return read_json(OPERATION_ID, client, response, DriveSpaceUsage.from_dict, (200,))


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
) -> Response[DriveSpaceUsage]:
    """Get the usage of a Drive space

    Storage usage of one space.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/usage`` (operation ``drive_space_usage``).

    Args:
        space (str):  Example: account.

    Returns:
        ``Response[DriveSpaceUsage]``: status code, headers, raw content and ``parsed``.

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
) -> DriveSpaceUsage:
    """Get the usage of a Drive space

    Storage usage of one space.

    Auth: ops token (`tm_live_`), scope `drive:account:read` or `drive:mailbox:read` (any one of
    them is enough).

    ``GET /api/v1/drive/spaces/{space}/usage`` (operation ``drive_space_usage``).

    Args:
        space (str):  Example: account.

    Returns:
        ``DriveSpaceUsage``.

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
