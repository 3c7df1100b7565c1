from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.migration_action_result import MigrationActionResult
from ...models.migration_start_request import MigrationStartRequest

OPERATION_ID: Final = "start_migration"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MigrationStartRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: MigrationStartRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/migrations",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MigrationActionResult:
    return read_json(
        OPERATION_ID,
        client,
        response,
        MigrationActionResult.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MigrationStartRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MigrationActionResult]:
    """Start a migration

    Start an IMAP migration into a mailbox. `source_username` defaults to `source_email`; an empty
    `selected_folders` copies every folder. Migration writes (start, cancel, retry) are limited to
    10 requests per minute per token (429 `rate_limited`); 503 when the server-wide migration
    concurrency cap is reached.

    Auth: ops token (`tm_live_`), scope `migrations:write`.

    ``POST /api/v1/migrations`` (operation ``start_migration``).

    Args:
        idempotency_key (str | Unset):
        body (MigrationStartRequest): Start an IMAP migration into a mailbox.

    Returns:
        ``Response[MigrationActionResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``migrations:write`` (else ``PermissionDeniedError``).
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
    body: MigrationStartRequest,
    idempotency_key: str | Unset = UNSET,
) -> MigrationActionResult:
    """Start a migration

    Start an IMAP migration into a mailbox. `source_username` defaults to `source_email`; an empty
    `selected_folders` copies every folder. Migration writes (start, cancel, retry) are limited to
    10 requests per minute per token (429 `rate_limited`); 503 when the server-wide migration
    concurrency cap is reached.

    Auth: ops token (`tm_live_`), scope `migrations:write`.

    ``POST /api/v1/migrations`` (operation ``start_migration``).

    Args:
        idempotency_key (str | Unset):
        body (MigrationStartRequest): Start an IMAP migration into a mailbox.

    Returns:
        ``MigrationActionResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``migrations:write`` (else ``PermissionDeniedError``).
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
