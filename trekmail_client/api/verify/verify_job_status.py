from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.verify_job_status import VerifyJobStatus
from ...models.verify_job_status_status import VerifyJobStatusStatus
from ...models.verify_job_status_data_item import VerifyJobStatusDataItem

OPERATION_ID: Final = "verify_job_status"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = VerifyJobStatusDataItem
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    job_id: int,
    *,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["search"] = search

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/verify/bulk/{job_id}".format(
            job_id=str(job_id) if type(job_id) is int else quote(str(job_id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> VerifyJobStatus:
    return read_json(OPERATION_ID, client, response, VerifyJobStatus.from_dict, (200,))


async def asyncio_detailed(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> Response[VerifyJobStatus]:
    """Get a bulk verification job

    Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk/{job_id}`` (operation ``verify_job_status``), a list paged by ``page``: iterate every item with ``tm.paginate(verify_job_status, ...)``.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Returns:
        ``Response[VerifyJobStatus]``: status code, headers, raw content and ``parsed``.

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
        status=status,
        search=search,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> VerifyJobStatus:
    """Get a bulk verification job

    Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk/{job_id}`` (operation ``verify_job_status``), a list paged by ``page``: iterate every item with ``tm.paginate(verify_job_status, ...)``.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Returns:
        ``VerifyJobStatus``.

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
        status=status,
        search=search,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
