from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.domain_forwarding_address_response import DomainForwardingAddressResponse
from ...models.domain_forwarding_address_update_request import (
    DomainForwardingAddressUpdateRequest,
)
from ...models.domain_forwarding_address import DomainForwardingAddress

OPERATION_ID: Final = "update_forwarding_address"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DomainForwardingAddressUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DomainForwardingAddress:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DomainForwardingAddress)


def _get_kwargs(
    id: int,
    forwarding_address_id: int,
    *,
    body: DomainForwardingAddressUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
            forwarding_address_id=str(forwarding_address_id)
            if type(forwarding_address_id) is int
            else quote(str(forwarding_address_id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DomainForwardingAddressResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        DomainForwardingAddressResponse.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    body: DomainForwardingAddressUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DomainForwardingAddressResponse]:
    """Update a domain forwarding address

    Replace the recipients or pause/resume a forwarding address (pausing bounces mail). Not in the
    API overview; the official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}`` (operation ``update_forwarding_address``).

    Args:
        id (int):
        forwarding_address_id (int):
        idempotency_key (str | Unset):
        body (DomainForwardingAddressUpdateRequest): Update a forwarding address; give at least
            one field (the official client requires one; not expressed as minProperties).

    Returns:
        ``Response[DomainForwardingAddressResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:write`` (else ``PermissionDeniedError``).
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
        forwarding_address_id=forwarding_address_id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    body: DomainForwardingAddressUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DomainForwardingAddressResponse:
    """Update a domain forwarding address

    Replace the recipients or pause/resume a forwarding address (pausing bounces mail). Not in the
    API overview; the official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}`` (operation ``update_forwarding_address``).

    Args:
        id (int):
        forwarding_address_id (int):
        idempotency_key (str | Unset):
        body (DomainForwardingAddressUpdateRequest): Update a forwarding address; give at least
            one field (the official client requires one; not expressed as minProperties).

    Returns:
        ``DomainForwardingAddressResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:write`` (else ``PermissionDeniedError``).
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
        forwarding_address_id=forwarding_address_id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
