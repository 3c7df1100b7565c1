from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.bulk_migration_action_result import BulkMigrationActionResult
from ...models.bulk_migration_job_password_request import (
    BulkMigrationJobPasswordRequest,
)

OPERATION_ID: Final = "update_bulk_migration_job_password"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = BulkMigrationJobPasswordRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    batch: int,
    job: int,
    *,
    body: BulkMigrationJobPasswordRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/migrations/bulk/{batch}/jobs/{job}/password".format(
            batch=str(batch) if type(batch) is int else quote(str(batch), safe=""),
            job=str(job) if type(job) is int else quote(str(job), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> BulkMigrationActionResult:
    return read_json(
        OPERATION_ID, client, response, BulkMigrationActionResult.from_dict, (200,)
    )


async def asyncio_detailed(
    batch: int,
    job: int,
    *,
    client: AuthenticatedClient,
    body: BulkMigrationJobPasswordRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[BulkMigrationActionResult]:
    """Fix a bulk migration job password

    Set a new source password on a job of the batch; only jobs with status `failed`.

    Auth: ops token (`tm_live_`), scope `migrations:write`.

    ``PATCH /api/v1/migrations/bulk/{batch}/jobs/{job}/password`` (operation ``update_bulk_migration_job_password``).

    Args:
        batch (int):
        job (int):
        idempotency_key (str | Unset):
        body (BulkMigrationJobPasswordRequest): New source password for a failed job.

    Returns:
        ``Response[BulkMigrationActionResult]``: status code, headers, raw content and ``parsed``.

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
        batch=batch,
        job=job,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    batch: int,
    job: int,
    *,
    client: AuthenticatedClient,
    body: BulkMigrationJobPasswordRequest,
    idempotency_key: str | Unset = UNSET,
) -> BulkMigrationActionResult:
    """Fix a bulk migration job password

    Set a new source password on a job of the batch; only jobs with status `failed`.

    Auth: ops token (`tm_live_`), scope `migrations:write`.

    ``PATCH /api/v1/migrations/bulk/{batch}/jobs/{job}/password`` (operation ``update_bulk_migration_job_password``).

    Args:
        batch (int):
        job (int):
        idempotency_key (str | Unset):
        body (BulkMigrationJobPasswordRequest): New source password for a failed job.

    Returns:
        ``BulkMigrationActionResult``.

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
        batch=batch,
        job=job,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
