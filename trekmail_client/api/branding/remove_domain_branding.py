from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.remove_domain_branding_response_200 import (
    RemoveDomainBrandingResponse200,
)
from ...models.remove_domain_branding_scope import RemoveDomainBrandingScope
from ...models.domain_branding import DomainBranding

OPERATION_ID: Final = "remove_domain_branding"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DomainBranding:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DomainBranding)


def _get_kwargs(
    id: int,
    *,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/domains/{id}/branding".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> RemoveDomainBrandingResponse200 | None:
    if response.status_code == 204:
        return None
    return read_json(
        OPERATION_ID,
        client,
        response,
        RemoveDomainBrandingResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> Response[RemoveDomainBrandingResponse200 | None]:
    """Clear domain branding

    Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``DELETE /api/v1/domains/{id}/branding`` (operation ``remove_domain_branding``).

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Returns:
        ``Response[RemoveDomainBrandingResponse200 | None]``: status code, headers, raw content and ``parsed``.

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
        scope=scope,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    scope: RemoveDomainBrandingScope | Unset = "domain",
    idempotency_key: str | Unset = UNSET,
) -> RemoveDomainBrandingResponse200 | None:
    """Clear domain branding

    Clear branding for this domain or for the whole account. Assets are kept as drafts.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``DELETE /api/v1/domains/{id}/branding`` (operation ``remove_domain_branding``).

    Args:
        id (int):
        scope (RemoveDomainBrandingScope | Unset):  Default: 'domain'.
        idempotency_key (str | Unset):

    Returns:
        ``RemoveDomainBrandingResponse200 | None`` (``None`` for a 204 answer, which has no body).

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
        scope=scope,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
