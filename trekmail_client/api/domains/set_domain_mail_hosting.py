from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.domain_mail_hosting_request import DomainMailHostingRequest
from ...models.set_domain_mail_hosting_response_200 import (
    SetDomainMailHostingResponse200,
)

OPERATION_ID: Final = "set_domain_mail_hosting"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DomainMailHostingRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: DomainMailHostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/domains/{id}/mail-hosting".format(
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
) -> SetDomainMailHostingResponse200:
    return read_json(
        OPERATION_ID,
        client,
        response,
        SetDomainMailHostingResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DomainMailHostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[SetDomainMailHostingResponse200]:
    """Set the domain mail hosting

    Switch the domain between hosted mail (`trekmail`) and sending-only (`external`). Moving to
    `external` while mailboxes exist needs `confirm_mailboxes_stop_receiving: true`. Not in the API
    overview; the official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/mail-hosting`` (operation ``set_domain_mail_hosting``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DomainMailHostingRequest): Switch where the domain's mail is hosted.

    Returns:
        ``Response[SetDomainMailHostingResponse200]``: status code, headers, raw content and ``parsed``.

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
    body: DomainMailHostingRequest,
    idempotency_key: str | Unset = UNSET,
) -> SetDomainMailHostingResponse200:
    """Set the domain mail hosting

    Switch the domain between hosted mail (`trekmail`) and sending-only (`external`). Moving to
    `external` while mailboxes exist needs `confirm_mailboxes_stop_receiving: true`. Not in the API
    overview; the official client calls it.

    Auth: ops token (`tm_live_`), scope `domains:write`.

    ``PATCH /api/v1/domains/{id}/mail-hosting`` (operation ``set_domain_mail_hosting``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DomainMailHostingRequest): Switch where the domain's mail is hosted.

    Returns:
        ``SetDomainMailHostingResponse200``.

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
