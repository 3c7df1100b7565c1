from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.smtp_default_response import SmtpDefaultResponse
from ...models.smtp_default_update_request import SmtpDefaultUpdateRequest
from ...models.smtp_default import SmtpDefault

OPERATION_ID: Final = "set_account_smtp_default"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = SmtpDefaultUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> SmtpDefault:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(SmtpDefault)


def _get_kwargs(
    *,
    body: SmtpDefaultUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/smtp/default",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
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
    body: SmtpDefaultUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[SmtpDefaultResponse]:
    """Set the account SMTP default

    Set the route new domains start on.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/smtp/default`` (operation ``set_account_smtp_default``).

    Args:
        idempotency_key (str | Unset):
        body (SmtpDefaultUpdateRequest): Set the account-wide default SMTP route.

    Returns:
        ``Response[SmtpDefaultResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SmtpDefaultUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> SmtpDefaultResponse:
    """Set the account SMTP default

    Set the route new domains start on.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/smtp/default`` (operation ``set_account_smtp_default``).

    Args:
        idempotency_key (str | Unset):
        body (SmtpDefaultUpdateRequest): Set the account-wide default SMTP route.

    Returns:
        ``SmtpDefaultResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
