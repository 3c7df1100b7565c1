from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.branding_update_request import BrandingUpdateRequest
from ...models.domain_branding_response import DomainBrandingResponse
from ...models.domain_branding import DomainBranding

OPERATION_ID: Final = "set_domain_branding"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = BrandingUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DomainBranding:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DomainBranding)


def _get_kwargs(
    id: int,
    *,
    body: BrandingUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/domains/{id}/branding".format(
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
) -> DomainBrandingResponse:
    return read_json(
        OPERATION_ID, client, response, DomainBrandingResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: BrandingUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DomainBrandingResponse]:
    """Update domain branding

    Partial-merge update of a domain's branding: omitted fields are kept. Settings always save; the
    branded hosts go live only with the White Label add-on. The official client documents 403
    `scope_blocked_by_entitlement` while White Label is inactive, and 403 `domain_scope_forbidden`
    for a domain-constrained token with `scope: all`.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/branding`` (operation ``set_domain_branding``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (BrandingUpdateRequest): Partial-merge branding update: omitted fields are kept.

    Returns:
        ``Response[DomainBrandingResponse]``: status code, headers, raw content and ``parsed``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: BrandingUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DomainBrandingResponse:
    """Update domain branding

    Partial-merge update of a domain's branding: omitted fields are kept. Settings always save; the
    branded hosts go live only with the White Label add-on. The official client documents 403
    `scope_blocked_by_entitlement` while White Label is inactive, and 403 `domain_scope_forbidden`
    for a domain-constrained token with `scope: all`.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/branding`` (operation ``set_domain_branding``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (BrandingUpdateRequest): Partial-merge branding update: omitted fields are kept.

    Returns:
        ``DomainBrandingResponse``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
