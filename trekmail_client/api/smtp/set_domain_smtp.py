from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.domain_smtp_response import DomainSmtpResponse
from ...models.domain_smtp_update_request import DomainSmtpUpdateRequest
from ...models.domain_smtp import DomainSmtp

OPERATION_ID: Final = "set_domain_smtp"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DomainSmtpUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DomainSmtp:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DomainSmtp)


def _get_kwargs(
    id: int,
    *,
    body: DomainSmtpUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/domains/{id}/smtp".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DomainSmtpResponse:
    return read_json(
        OPERATION_ID, client, response, DomainSmtpResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DomainSmtpUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DomainSmtpResponse]:
    """Set the domain SMTP route

    Set the domain's SMTP route. `inherit` live-follows the account default.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/domains/{id}/smtp`` (operation ``set_domain_smtp``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DomainSmtpUpdateRequest): Set the domain's SMTP route.

    Returns:
        ``Response[DomainSmtpResponse]``: status code, headers, raw content and ``parsed``.

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
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DomainSmtpUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DomainSmtpResponse:
    """Set the domain SMTP route

    Set the domain's SMTP route. `inherit` live-follows the account default.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/domains/{id}/smtp`` (operation ``set_domain_smtp``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DomainSmtpUpdateRequest): Set the domain's SMTP route.

    Returns:
        ``DomainSmtpResponse``.

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
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
