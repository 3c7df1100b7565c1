from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.bulk_migration_response import BulkMigrationResponse
from ...models.bulk_migration import BulkMigration

OPERATION_ID: Final = "get_bulk_migration"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> BulkMigration:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(BulkMigration)


def _get_kwargs(
    batch: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/migrations/bulk/{batch}".format(
            batch=str(batch) if type(batch) is int else quote(str(batch), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> BulkMigrationResponse:
    return read_json(
        OPERATION_ID, client, response, BulkMigrationResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    batch: int,
    *,
    client: AuthenticatedClient,
) -> Response[BulkMigrationResponse]:
    """Get a bulk migration

    A batch with its per-job status breakdown.

    Auth: ops token (`tm_live_`), scope `migrations:read`.

    ``GET /api/v1/migrations/bulk/{batch}`` (operation ``get_bulk_migration``).

    Args:
        batch (int):

    Returns:
        ``Response[BulkMigrationResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``migrations:read`` (else ``PermissionDeniedError``).
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
        batch=batch,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    batch: int,
    *,
    client: AuthenticatedClient,
) -> BulkMigrationResponse:
    """Get a bulk migration

    A batch with its per-job status breakdown.

    Auth: ops token (`tm_live_`), scope `migrations:read`.

    ``GET /api/v1/migrations/bulk/{batch}`` (operation ``get_bulk_migration``).

    Args:
        batch (int):

    Returns:
        ``BulkMigrationResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``migrations:read`` (else ``PermissionDeniedError``).
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
        batch=batch,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
