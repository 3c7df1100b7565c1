from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.verify_email_request import VerifyEmailRequest
from ...models.verify_email_result import VerifyEmailResult

OPERATION_ID: Final = "verify_email"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = VerifyEmailRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: VerifyEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/verify",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> VerifyEmailResult:
    return read_json(
        OPERATION_ID, client, response, VerifyEmailResult.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[VerifyEmailResult]:
    """Verify an address

    Verify one address: 18 checks, a trust score 0-100, status safe/valid/risky/invalid. `quick`
    (the default) costs 1 credit; `deep` costs 2 (1 for big free providers).

    Auth: ops token (`tm_live_`), scope `verify:write`.

    ``POST /api/v1/verify`` (operation ``verify_email``).

    Args:
        idempotency_key (str | Unset):
        body (VerifyEmailRequest): Verify one address.

    Returns:
        ``Response[VerifyEmailResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:write`` (else ``PermissionDeniedError``).
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
    body: VerifyEmailRequest,
    idempotency_key: str | Unset = UNSET,
) -> VerifyEmailResult:
    """Verify an address

    Verify one address: 18 checks, a trust score 0-100, status safe/valid/risky/invalid. `quick`
    (the default) costs 1 credit; `deep` costs 2 (1 for big free providers).

    Auth: ops token (`tm_live_`), scope `verify:write`.

    ``POST /api/v1/verify`` (operation ``verify_email``).

    Args:
        idempotency_key (str | Unset):
        body (VerifyEmailRequest): Verify one address.

    Returns:
        ``VerifyEmailResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:write`` (else ``PermissionDeniedError``).
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
