from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_file, send
from ...client import AuthenticatedClient
from ...types import UNSET, File, Response, Unset

from ...models.verify_job_download_filter import VerifyJobDownloadFilter

OPERATION_ID: Final = "verify_job_download"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    job_id: int,
    *,
    filter_: VerifyJobDownloadFilter | Unset = "all",
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/verify/bulk/{job_id}/download".format(
            job_id=str(job_id) if type(job_id) is int else quote(str(job_id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> File:
    return read_file(OPERATION_ID, client, response, (200,))


async def asyncio_detailed(
    job_id: int,
    *,
    client: AuthenticatedClient,
    filter_: VerifyJobDownloadFilter | Unset = "all",
) -> Response[File]:
    """Download bulk verification results

    Download the job's results as a raw CSV body (`text/csv`).

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk/{job_id}/download`` (operation ``verify_job_download``).

    Args:
        job_id (int):
        filter_ (VerifyJobDownloadFilter | Unset):  Default: 'all'.

    Returns:
        ``Response[File]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:read`` (else ``PermissionDeniedError``).
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
        filter_=filter_,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    job_id: int,
    *,
    client: AuthenticatedClient,
    filter_: VerifyJobDownloadFilter | Unset = "all",
) -> File:
    """Download bulk verification results

    Download the job's results as a raw CSV body (`text/csv`).

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk/{job_id}/download`` (operation ``verify_job_download``).

    Args:
        job_id (int):
        filter_ (VerifyJobDownloadFilter | Unset):  Default: 'all'.

    Returns:
        ``File``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``verify:read`` (else ``PermissionDeniedError``).
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
        filter_=filter_,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
