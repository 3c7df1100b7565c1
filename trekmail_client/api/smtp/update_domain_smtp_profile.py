from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.smtp_profile_update_request import SmtpProfileUpdateRequest
from ...models.update_domain_smtp_profile_response_200 import (
    UpdateDomainSmtpProfileResponse200,
)

OPERATION_ID: Final = "update_domain_smtp_profile"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = SmtpProfileUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    connection_id: int,
    *,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/domains/{id}/smtp/profiles/{connection_id}".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
            connection_id=str(connection_id)
            if type(connection_id) is int
            else quote(str(connection_id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> UpdateDomainSmtpProfileResponse200:
    return read_json(
        OPERATION_ID,
        client,
        response,
        UpdateDomainSmtpProfileResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[UpdateDomainSmtpProfileResponse200]:
    """Update an SMTP profile

    Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/domains/{id}/smtp/profiles/{connection_id}`` (operation ``update_domain_smtp_profile``).

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Returns:
        ``Response[UpdateDomainSmtpProfileResponse200]``: status code, headers, raw content and ``parsed``.

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
        connection_id=connection_id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    connection_id: int,
    *,
    client: AuthenticatedClient,
    body: SmtpProfileUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> UpdateDomainSmtpProfileResponse200:
    """Update an SMTP profile

    Update a profile; affects every domain using it.

    Auth: ops token (`tm_live_`), scope `smtp:write`.

    ``PUT /api/v1/domains/{id}/smtp/profiles/{connection_id}`` (operation ``update_domain_smtp_profile``).

    Args:
        id (int):
        connection_id (int):
        idempotency_key (str | Unset):
        body (SmtpProfileUpdateRequest): Update a profile (omit `password` to keep it).

    Returns:
        ``UpdateDomainSmtpProfileResponse200``.

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
        connection_id=connection_id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
