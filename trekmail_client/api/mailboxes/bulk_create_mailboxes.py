from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mailbox_bulk_create_request import MailboxBulkCreateRequest
from ...models.mailbox_bulk_result import MailboxBulkResult

OPERATION_ID: Final = "bulk_create_mailboxes"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MailboxBulkCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: MailboxBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes:bulk",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailboxBulkResult:
    return read_json(
        OPERATION_ID,
        client,
        response,
        MailboxBulkResult.from_dict,
        (
            200,
            207,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MailboxBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MailboxBulkResult]:
    """Create mailboxes in bulk

    Create up to 100 mailboxes in one call. 200: every row created; 207: some rows failed; 422:
    every row failed (bulk shape without `error`) or the batch was rejected (error envelope, e.g.
    `storage_pool_exceeded`).

    Auth: ops token (`tm_live_`), scope `mailboxes:create`.

    ``POST /api/v1/mailboxes:bulk`` (operation ``bulk_create_mailboxes``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxBulkCreateRequest): Create up to 100 mailboxes. The sum of dedicated
            allocations is checked against the pool (422 `storage_pool_exceeded`).

    Returns:
        ``Response[MailboxBulkResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:create`` (else ``PermissionDeniedError``).
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
    body: MailboxBulkCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> MailboxBulkResult:
    """Create mailboxes in bulk

    Create up to 100 mailboxes in one call. 200: every row created; 207: some rows failed; 422:
    every row failed (bulk shape without `error`) or the batch was rejected (error envelope, e.g.
    `storage_pool_exceeded`).

    Auth: ops token (`tm_live_`), scope `mailboxes:create`.

    ``POST /api/v1/mailboxes:bulk`` (operation ``bulk_create_mailboxes``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxBulkCreateRequest): Create up to 100 mailboxes. The sum of dedicated
            allocations is checked against the pool (422 `storage_pool_exceeded`).

    Returns:
        ``MailboxBulkResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:create`` (else ``PermissionDeniedError``).
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
