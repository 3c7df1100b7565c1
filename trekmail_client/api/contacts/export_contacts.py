from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.contact_export import ContactExport
from ...models.export_contacts_format import ExportContactsFormat

OPERATION_ID: Final = "export_contacts"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


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
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> ContactExport:
    return read_json(OPERATION_ID, client, response, ContactExport.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> Response[ContactExport]:
    """Export contacts

    Export contacts as base64 CSV or vCard inside JSON. Path per the API overview
    (`contacts:export`); the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/contacts:export`` (operation ``export_contacts``).

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Returns:
        ``Response[ContactExport]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        format_=format_,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    format_: ExportContactsFormat | Unset = "csv",
) -> ContactExport:
    """Export contacts

    Export contacts as base64 CSV or vCard inside JSON. Path per the API overview
    (`contacts:export`); the official client calls `contacts/export`.

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/contacts:export`` (operation ``export_contacts``).

    Args:
        format_ (ExportContactsFormat | Unset):  Default: 'csv'.

    Returns:
        ``ContactExport``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        format_=format_,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
