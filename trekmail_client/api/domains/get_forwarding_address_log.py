from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.domain_forwarding_log import DomainForwardingLog

OPERATION_ID: Final = "get_forwarding_address_log"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    forwarding_address_id: int,
    *,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
            forwarding_address_id=str(forwarding_address_id)
            if type(forwarding_address_id) is int
            else quote(str(forwarding_address_id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DomainForwardingLog:
    return read_json(
        OPERATION_ID, client, response, DomainForwardingLog.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> Response[DomainForwardingLog]:
    """Get a forwarding address log

    Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as
    spam), kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the
    official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    ``GET /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log`` (operation ``get_forwarding_address_log``).

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Returns:
        ``Response[DomainForwardingLog]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:read`` (else ``PermissionDeniedError``).
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
        limit=limit,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    forwarding_address_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
) -> DomainForwardingLog:
    """Get a forwarding address log

    Recent delivery attempts of a forwarding address (delivered, deferred, rejected, blocked as
    spam), kept 7 days on Pro and 30 on Agency. A limit-only list. Not in the API overview; the
    official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    ``GET /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log`` (operation ``get_forwarding_address_log``).

    Args:
        id (int):
        forwarding_address_id (int):
        limit (int | Unset):

    Returns:
        ``DomainForwardingLog``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:read`` (else ``PermissionDeniedError``).
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
        limit=limit,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
