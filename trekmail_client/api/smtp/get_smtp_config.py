from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.legacy_smtp_config import LegacySmtpConfig

OPERATION_ID: Final = "get_smtp_config"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/smtp",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> LegacySmtpConfig:
    return read_json(OPERATION_ID, client, response, LegacySmtpConfig.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LegacySmtpConfig]:
    """Get the legacy SMTP config

    Legacy account-level SMTP configuration (mode and connection details).

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    Legacy, kept for backward compatibility: it no longer controls per-domain routing. Use the per-
    domain `/api/v1/domains/{id}/smtp` and `/api/v1/smtp/default` endpoints.

    ``GET /api/v1/smtp`` (operation ``get_smtp_config``).

    Returns:
        ``Response[LegacySmtpConfig]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
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
) -> LegacySmtpConfig:
    """Get the legacy SMTP config

    Legacy account-level SMTP configuration (mode and connection details).

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    Legacy, kept for backward compatibility: it no longer controls per-domain routing. Use the per-
    domain `/api/v1/domains/{id}/smtp` and `/api/v1/smtp/default` endpoints.

    ``GET /api/v1/smtp`` (operation ``get_smtp_config``).

    Returns:
        ``LegacySmtpConfig``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
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
