from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.get_mail_client_setup_lang import GetMailClientSetupLang
from ...models.mail_client_setup_response import MailClientSetupResponse
from ...models.mail_client_setup import MailClientSetup

OPERATION_ID: Final = "get_mail_client_setup"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> MailClientSetup:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(MailClientSetup)


def _get_kwargs(
    id: int,
    *,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes/{id}/client-setup".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailClientSetupResponse:
    return read_json(
        OPERATION_ID, client, response, MailClientSetupResponse.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> Response[MailClientSetupResponse]:
    """Get mail client setup

    Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the
    shared mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/client-setup`` (operation ``get_mail_client_setup``).

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Returns:
        ``Response[MailClientSetupResponse]``: status code, headers, raw content and ``parsed``.

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
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> MailClientSetupResponse:
    """Get mail client setup

    Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the
    shared mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes/{id}/client-setup`` (operation ``get_mail_client_setup``).

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Returns:
        ``MailClientSetupResponse``.

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
