from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.verify_job_status import VerifyJobStatus
from ...models.verify_job_status_status import VerifyJobStatusStatus
from ...types import Unset


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
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerifyJobStatus | None:
    if response.status_code == 200:
        response_200 = VerifyJobStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | VerifyJobStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> Response[ErrorResponse | VerifyJobStatus]:
    """Get a bulk verification job

     Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyJobStatus]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        status=status,
        search=search,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> ErrorResponse | VerifyJobStatus | None:
    """Get a bulk verification job

     Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyJobStatus
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        status=status,
        search=search,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> Response[ErrorResponse | VerifyJobStatus]:
    """Get a bulk verification job

     Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyJobStatus]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        status=status,
        search=search,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: int,
    *,
    client: AuthenticatedClient,
    status: VerifyJobStatusStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 100,
) -> ErrorResponse | VerifyJobStatus | None:
    """Get a bulk verification job

     Progress, summary and a page of results of a bulk verification job.

    Auth: ops token (`tm_live_`), scope `verify:read`.

    Args:
        job_id (int):
        status (VerifyJobStatusStatus | Unset):
        search (str | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyJobStatus
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            status=status,
            search=search,
            page=page,
            per_page=per_page,
        )
    ).parsed
