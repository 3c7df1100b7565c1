from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.smtp_default_response import SmtpDefaultResponse
from ...models.smtp_default import SmtpDefault

OPERATION_ID: Final = "get_account_smtp_default"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> SmtpDefault:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(SmtpDefault)


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/smtp/default",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> SmtpDefaultResponse:
    return read_json(
        OPERATION_ID, client, response, SmtpDefaultResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SmtpDefaultResponse]:
    """Get the account SMTP default

    `default_smtp_mode` (null until set), `effective_default_smtp_mode`,
    `default_smtp_connection_id`, `profile`.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    ``GET /api/v1/smtp/default`` (operation ``get_account_smtp_default``).

    Returns:
        ``Response[SmtpDefaultResponse]``: status code, headers, raw content and ``parsed``.

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
) -> SmtpDefaultResponse:
    """Get the account SMTP default

    `default_smtp_mode` (null until set), `effective_default_smtp_mode`,
    `default_smtp_connection_id`, `profile`.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    ``GET /api/v1/smtp/default`` (operation ``get_account_smtp_default``).

    Returns:
        ``SmtpDefaultResponse``.

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
