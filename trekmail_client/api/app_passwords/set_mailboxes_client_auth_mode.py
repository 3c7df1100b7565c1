from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mailbox_client_auth_mode_bulk_request import (
    MailboxClientAuthModeBulkRequest,
)
from ...models.mailbox_client_auth_mode_bulk_result import (
    MailboxClientAuthModeBulkResult,
)
from ...models.mailbox_client_auth_mode_bulk_result_data import (
    MailboxClientAuthModeBulkResultData,
)

OPERATION_ID: Final = "set_mailboxes_client_auth_mode"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MailboxClientAuthModeBulkRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> MailboxClientAuthModeBulkResultData:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(MailboxClientAuthModeBulkResultData)


def _get_kwargs(
    *,
    body: MailboxClientAuthModeBulkRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes:client-auth-mode",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailboxClientAuthModeBulkResult:
    return read_json(
        OPERATION_ID,
        client,
        response,
        MailboxClientAuthModeBulkResult.from_dict,
        (200,),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MailboxClientAuthModeBulkRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MailboxClientAuthModeBulkResult]:
    """Set the client-auth mode on many mailboxes

    Set the client-auth mode on the selected mailboxes (exactly one of `mailbox_ids`, `domain_id`,
    `all: true`). 422 `selection_too_large` above 1000 matched mailboxes; 403
    `scope_blocked_by_membership` for member tokens.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes:client-auth-mode`` (operation ``set_mailboxes_client_auth_mode``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxClientAuthModeBulkRequest): Set the client-auth mode on many mailboxes.
            Give exactly one selector: `mailbox_ids`, `domain_id` or `all: true`.

    Returns:
        ``Response[MailboxClientAuthModeBulkResult]``: status code, headers, raw content and ``parsed``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MailboxClientAuthModeBulkRequest,
    idempotency_key: str | Unset = UNSET,
) -> MailboxClientAuthModeBulkResult:
    """Set the client-auth mode on many mailboxes

    Set the client-auth mode on the selected mailboxes (exactly one of `mailbox_ids`, `domain_id`,
    `all: true`). 422 `selection_too_large` above 1000 matched mailboxes; 403
    `scope_blocked_by_membership` for member tokens.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes:client-auth-mode`` (operation ``set_mailboxes_client_auth_mode``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxClientAuthModeBulkRequest): Set the client-auth mode on many mailboxes.
            Give exactly one selector: `mailbox_ids`, `domain_id` or `all: true`.

    Returns:
        ``MailboxClientAuthModeBulkResult``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
