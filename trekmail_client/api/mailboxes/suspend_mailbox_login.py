from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mailbox_action_result import MailboxActionResult
from ...models.mailbox_suspend_login_request import MailboxSuspendLoginRequest

OPERATION_ID: Final = "suspend_mailbox_login"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MailboxSuspendLoginRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: MailboxSuspendLoginRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/{id}:suspend-login".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailboxActionResult:
    return read_json(
        OPERATION_ID, client, response, MailboxActionResult.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MailboxSuspendLoginRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[MailboxActionResult]:
    """Suspend mailbox sign-in

    Block sign-in to a mailbox while mail keeps being delivered. App passwords and device passwords
    are revoked. Refused for shared mailboxes.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes/{id}:suspend-login`` (operation ``suspend_mailbox_login``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (MailboxSuspendLoginRequest | Unset): Optional reason for suspending sign-in (the
            body may be `{}`).

    Returns:
        ``Response[MailboxActionResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MailboxSuspendLoginRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> MailboxActionResult:
    """Suspend mailbox sign-in

    Block sign-in to a mailbox while mail keeps being delivered. App passwords and device passwords
    are revoked. Refused for shared mailboxes.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes/{id}:suspend-login`` (operation ``suspend_mailbox_login``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (MailboxSuspendLoginRequest | Unset): Optional reason for suspending sign-in (the
            body may be `{}`).

    Returns:
        ``MailboxActionResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:write`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
