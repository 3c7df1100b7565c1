from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.contact_export import ContactExport
from ...models.error_response import ErrorResponse
from ...models.export_contacts_format import ExportContactsFormat
from ...types import Unset


def _get_kwargs(
    *,
    format_: ExportContactsFormat | Unset = "csv",
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/contacts:export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactExport | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactExport.from_dict(response.json())

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
) -> Response[ContactExport | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> Response[ContactExport | ErrorResponse]:
    """Export contacts

     Export contacts as base64 CSV or vCard inside JSON. Path per the API overview (`contacts:export`);
    the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactExport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> ContactExport | ErrorResponse | None:
    """Export contacts

     Export contacts as base64 CSV or vCard inside JSON. Path per the API overview (`contacts:export`);
    the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactExport | ErrorResponse
    """

    return sync_detailed(
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> Response[ContactExport | ErrorResponse]:
    """Export contacts

     Export contacts as base64 CSV or vCard inside JSON. Path per the API overview (`contacts:export`);
    the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactExport | ErrorResponse]
    """

    kwargs = _get_kwargs(
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> ContactExport | ErrorResponse | None:
    """Export contacts

     Export contacts as base64 CSV or vCard inside JSON. Path per the API overview (`contacts:export`);
    the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactExport | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            format_=format_,
        )
    ).parsed
