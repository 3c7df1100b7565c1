from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import Response

from ...models.smtp_profile_list import SmtpProfileList

OPERATION_ID: Final = "list_domain_smtp_profiles"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> list[SmtpProfile]:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return []


def _get_kwargs(
    id: int,
) -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/domains/{id}/smtp/profiles".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> SmtpProfileList:
    return read_json(OPERATION_ID, client, response, SmtpProfileList.from_dict, (200,))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
) -> Response[SmtpProfileList]:
    """List SMTP profiles

    The account's saved SMTP profiles with usage counts.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    ``GET /api/v1/domains/{id}/smtp/profiles`` (operation ``list_domain_smtp_profiles``).

    Args:
        id (int):

    Returns:
        ``Response[SmtpProfileList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
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
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
) -> SmtpProfileList:
    """List SMTP profiles

    The account's saved SMTP profiles with usage counts.

    Auth: ops token (`tm_live_`), scope `smtp:read`.

    ``GET /api/v1/domains/{id}/smtp/profiles`` (operation ``list_domain_smtp_profiles``).

    Args:
        id (int):

    Returns:
        ``SmtpProfileList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``smtp:read`` (else ``PermissionDeniedError``).
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
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
