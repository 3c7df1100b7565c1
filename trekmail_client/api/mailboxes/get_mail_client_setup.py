from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors
from ..._parsing import parse_checked

from ...models.error_response import ErrorResponse
from ...models.get_mail_client_setup_lang import GetMailClientSetupLang
from ...models.mail_client_setup_response import MailClientSetupResponse
from ...types import Unset


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
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MailClientSetupResponse | None:
    if response.status_code == 200:
        response_200 = MailClientSetupResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MailClientSetupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_checked(_parse_response, client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> Response[ErrorResponse | MailClientSetupResponse]:
    """Get mail client setup

     Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the shared
    mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailClientSetupResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> ErrorResponse | MailClientSetupResponse | None:
    """Get mail client setup

     Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the shared
    mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailClientSetupResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> Response[ErrorResponse | MailClientSetupResponse]:
    """Get mail client setup

     Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the shared
    mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailClientSetupResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    lang: GetMailClientSetupLang | Unset = UNSET,
) -> ErrorResponse | MailClientSetupResponse | None:
    """Get mail client setup

     Password-free IMAP/SMTP settings, sending readiness and setup guides for a mailbox, with the shared
    mailboxes it can open (`native_access_ready`, `send_as_ready` / `send_as_reason`,
    Inbox/Sent/Archive/Junk paths), `password_source` and `accepted_passwords`. 409
    `mail_client_setup_not_ready` (with a `reason`, e.g. `smtp_not_configured`) when sending is not
    configured.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    Args:
        id (int):
        lang (GetMailClientSetupLang | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailClientSetupResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            lang=lang,
        )
    ).parsed
