from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.drive_addon_response import DriveAddonResponse
from ...models.drive_addon import DriveAddon

OPERATION_ID: Final = "drive_addon_get"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DriveAddon:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DriveAddon)


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/addon",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveAddonResponse:
    return read_json(
        OPERATION_ID, client, response, DriveAddonResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[DriveAddonResponse]:
    """Get the Drive Storage Add-on status

    Read-only add-on status: active, in grace, size in GB, period end, hard-delete date. Purchase,
    resize and cancel are dashboard-only.

    Auth: ops token (`tm_live_`), scope `drive:addon:read`.

    ``GET /api/v1/drive/addon`` (operation ``drive_addon_get``).

    Returns:
        ``Response[DriveAddonResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:addon:read`` (else ``PermissionDeniedError``).
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
) -> DriveAddonResponse:
    """Get the Drive Storage Add-on status

    Read-only add-on status: active, in grace, size in GB, period end, hard-delete date. Purchase,
    resize and cancel are dashboard-only.

    Auth: ops token (`tm_live_`), scope `drive:addon:read`.

    ``GET /api/v1/drive/addon`` (operation ``drive_addon_get``).

    Returns:
        ``DriveAddonResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:addon:read`` (else ``PermissionDeniedError``).
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
