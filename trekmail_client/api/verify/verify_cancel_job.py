from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.verify_job_cancel_result import VerifyJobCancelResult

OPERATION_ID: Final = "verify_cancel_job"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    job_id: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/verify/bulk/{job_id}/cancel".format(
            job_id=str(job_id) if type(job_id) is int else quote(str(job_id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> VerifyJobCancelResult:
    return read_json(
        OPERATION_ID, client, response, VerifyJobCancelResult.from_dict, (200,)
    )


async def asyncio_detailed(
    job_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[VerifyJobCancelResult]:
    """Cancel a bulk verification job

    Cancel a job and refund unprocessed credits. The path uses a slash, not a colon.

    Auth: ops token (`tm_live_`), scope `verify:write`.

    ``POST /api/v1/verify/bulk/{job_id}/cancel`` (operation ``verify_cancel_job``).

    Args:
        job_id (int):
        idempotency_key (str | Unset):

    Returns:
        ``Response[VerifyJobCancelResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:write`` (else ``PermissionDeniedError``).
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
        job_id=job_id,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    job_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> VerifyJobCancelResult:
    """Cancel a bulk verification job

    Cancel a job and refund unprocessed credits. The path uses a slash, not a colon.

    Auth: ops token (`tm_live_`), scope `verify:write`.

    ``POST /api/v1/verify/bulk/{job_id}/cancel`` (operation ``verify_cancel_job``).

    Args:
        job_id (int):
        idempotency_key (str | Unset):

    Returns:
        ``VerifyJobCancelResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:write`` (else ``PermissionDeniedError``).
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
        job_id=job_id,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
