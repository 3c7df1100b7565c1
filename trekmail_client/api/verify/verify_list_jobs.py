from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.verify_job_list import VerifyJobList
from ...models.verify_list_jobs_status import VerifyListJobsStatus
from ...models.verify_job import VerifyJob

OPERATION_ID: Final = "verify_list_jobs"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = VerifyJob
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    status: VerifyListJobsStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 20,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/verify/bulk",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> VerifyJobList:
    return read_json(OPERATION_ID, client, response, VerifyJobList.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: VerifyListJobsStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 20,
) -> Response[VerifyJobList]:
    """List bulk verification jobs

    List bulk verification jobs.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk`` (operation ``verify_list_jobs``), a list paged by ``page``: iterate every item with ``tm.paginate(verify_list_jobs, ...)``.

    Args:
        status (VerifyListJobsStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):  Default: 20.

    Returns:
        ``Response[VerifyJobList]``: status code, headers, raw content and ``parsed``.

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
        status=status,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: VerifyListJobsStatus | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 20,
) -> VerifyJobList:
    """List bulk verification jobs

    List bulk verification jobs.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    ``GET /api/v1/verify/bulk`` (operation ``verify_list_jobs``), a list paged by ``page``: iterate every item with ``tm.paginate(verify_list_jobs, ...)``.

    Args:
        status (VerifyListJobsStatus | Unset):
        page (int | Unset):
        per_page (int | Unset):  Default: 20.

    Returns:
        ``VerifyJobList``.

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
        status=status,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
