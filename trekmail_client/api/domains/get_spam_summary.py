from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.get_spam_summary_response_200 import GetSpamSummaryResponse200

OPERATION_ID: Final = "get_spam_summary"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    days: int | Unset = 30,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/domains/{id}/spam-metrics/summary".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> GetSpamSummaryResponse200:
    return read_json(
        OPERATION_ID, client, response, GetSpamSummaryResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> Response[GetSpamSummaryResponse200]:
    """Get the domain spam summary

    Totals, spam rate, protection status and top rules for the domain.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    ``GET /api/v1/domains/{id}/spam-metrics/summary`` (operation ``get_spam_summary``).

    Args:
        id (int):
        days (int | Unset):  Default: 30.

    Returns:
        ``Response[GetSpamSummaryResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:read`` (else ``PermissionDeniedError``).
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
        id=id,
        days=days,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    days: int | Unset = 30,
) -> GetSpamSummaryResponse200:
    """Get the domain spam summary

    Totals, spam rate, protection status and top rules for the domain.

    Auth: ops token (`tm_live_`), scope `domains:read`.

    ``GET /api/v1/domains/{id}/spam-metrics/summary`` (operation ``get_spam_summary``).

    Args:
        id (int):
        days (int | Unset):  Default: 30.

    Returns:
        ``GetSpamSummaryResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``domains:read`` (else ``PermissionDeniedError``).
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
        id=id,
        days=days,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
