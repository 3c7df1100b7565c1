from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.get_sending_limits_response_200 import GetSendingLimitsResponse200

OPERATION_ID: Final = "get_sending_limits"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sending-limits",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> GetSendingLimitsResponse200:
    return read_json(
        OPERATION_ID, client, response, GetSendingLimitsResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetSendingLimitsResponse200]:
    """Get the account sending limits

    The account-wide sending allowance: `causes`, per-domain warm-up with step-up dates,
    `after_payment`, and today's usage including forwarded mail. Recipients are counted across To,
    Cc and Bcc; the allowance renews at 00:00 UTC. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `account:read`.

    ``GET /api/v1/sending-limits`` (operation ``get_sending_limits``).

    Returns:
        ``Response[GetSendingLimitsResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``account:read`` (else ``PermissionDeniedError``).
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
) -> GetSendingLimitsResponse200:
    """Get the account sending limits

    The account-wide sending allowance: `causes`, per-domain warm-up with step-up dates,
    `after_payment`, and today's usage including forwarded mail. Recipients are counted across To,
    Cc and Bcc; the allowance renews at 00:00 UTC. Not in the API overview; the official client
    calls it.

    Auth: ops token (`tm_live_`), scope `account:read`.

    ``GET /api/v1/sending-limits`` (operation ``get_sending_limits``).

    Returns:
        ``GetSendingLimitsResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``account:read`` (else ``PermissionDeniedError``).
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
