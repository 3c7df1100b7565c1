from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_addon_pricing import DriveAddonPricing

OPERATION_ID: Final = "drive_addon_pricing"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/drive/addon/pricing",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveAddonPricing:
    return read_json(
        OPERATION_ID, client, response, DriveAddonPricing.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
) -> Response[DriveAddonPricing]:
    """Get Drive Storage Add-on pricing

    The add-on price ladder (250 GB to 100 TB), monthly and yearly.

    Auth: ops token (`tm_live_`). The official tool catalog lists no scope for this route (probably
    `drive:addon:read`; UNSURE).

    ``GET /api/v1/drive/addon/pricing`` (operation ``drive_addon_pricing``).

    Args:
        currency (str | Unset):  Example: USD.

    Returns:
        ``Response[DriveAddonPricing]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`).
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
        currency=currency,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    currency: str | Unset = UNSET,
) -> DriveAddonPricing:
    """Get Drive Storage Add-on pricing

    The add-on price ladder (250 GB to 100 TB), monthly and yearly.

    Auth: ops token (`tm_live_`). The official tool catalog lists no scope for this route (probably
    `drive:addon:read`; UNSURE).

    ``GET /api/v1/drive/addon/pricing`` (operation ``drive_addon_pricing``).

    Args:
        currency (str | Unset):  Example: USD.

    Returns:
        ``DriveAddonPricing``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`).
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
        currency=currency,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
