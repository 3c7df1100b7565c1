from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_file, send
from ...client import AuthenticatedClient
from ...types import UNSET, File, Response, Unset

from ...models.get_apple_mail_profile_lang import GetAppleMailProfileLang

OPERATION_ID: Final = "get_apple_mail_profile"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    lang: GetAppleMailProfileLang | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes/{id}/apple-mail-profile".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient, response: httpx.Response) -> File:
    return read_file(OPERATION_ID, client, response, (200,))


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetAppleMailProfileLang | Unset = UNSET,
) -> Response[File]:
    """Download the Apple Mail profile

    Download an Apple configuration profile (`.mobileconfig`, media type `application/x-apple-aspen-
    config`) that sets the mailbox up in Apple Mail. It holds no password. Errors are the JSON
    envelope, e.g. 409 `mail_client_setup_not_ready`.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/apple-mail-profile`` (operation ``get_apple_mail_profile``).

    Args:
        id (int):
        lang (GetAppleMailProfileLang | Unset):

    Returns:
        ``Response[File]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        lang=lang,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetAppleMailProfileLang | Unset = UNSET,
) -> File:
    """Download the Apple Mail profile

    Download an Apple configuration profile (`.mobileconfig`, media type `application/x-apple-aspen-
    config`) that sets the mailbox up in Apple Mail. It holds no password. Errors are the JSON
    envelope, e.g. 409 `mail_client_setup_not_ready`.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/apple-mail-profile`` (operation ``get_apple_mail_profile``).

    Args:
        id (int):
        lang (GetAppleMailProfileLang | Unset):

    Returns:
        ``File``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        lang=lang,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
