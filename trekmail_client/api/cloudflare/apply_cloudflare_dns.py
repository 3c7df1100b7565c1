from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.apply_cloudflare_dns_response_200 import ApplyCloudflareDnsResponse200
from ...models.cloudflare_apply_request import CloudflareApplyRequest

OPERATION_ID: Final = "apply_cloudflare_dns"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = CloudflareApplyRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: CloudflareApplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/cloudflare/apply",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> ApplyCloudflareDnsResponse200:
    return read_json(
        OPERATION_ID, client, response, ApplyCloudflareDnsResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CloudflareApplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ApplyCloudflareDnsResponse200]:
    """Apply Cloudflare DNS changes

    Write MX, SPF, DKIM and DMARC to Cloudflare. `included_records` limits what is written;
    `confirmed_conflicts` authorises replacing records.

    Auth: ops token (`tm_live_`), scope `cloudflare:write`.

    ``POST /api/v1/cloudflare/apply`` (operation ``apply_cloudflare_dns``).

    Args:
        idempotency_key (str | Unset):
        body (CloudflareApplyRequest): Write the DNS records.

    Returns:
        ``Response[ApplyCloudflareDnsResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``cloudflare:write`` (else ``PermissionDeniedError``).
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
    body: CloudflareApplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> ApplyCloudflareDnsResponse200:
    """Apply Cloudflare DNS changes

    Write MX, SPF, DKIM and DMARC to Cloudflare. `included_records` limits what is written;
    `confirmed_conflicts` authorises replacing records.

    Auth: ops token (`tm_live_`), scope `cloudflare:write`.

    ``POST /api/v1/cloudflare/apply`` (operation ``apply_cloudflare_dns``).

    Args:
        idempotency_key (str | Unset):
        body (CloudflareApplyRequest): Write the DNS records.

    Returns:
        ``ApplyCloudflareDnsResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``cloudflare:write`` (else ``PermissionDeniedError``).
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
