from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.account_update_request import AccountUpdateRequest
from ...models.account_update_result import AccountUpdateResult

OPERATION_ID: Final = "update_account"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = AccountUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: AccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/account",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> AccountUpdateResult:
    return read_json(
        OPERATION_ID, client, response, AccountUpdateResult.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AccountUpdateResult]:
    """Update account settings

    Set the client-auth mode new mailboxes get. Owner token only (members get 403
    `scope_blocked_by_membership`); 404 unless the app-password feature is on.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``PATCH /api/v1/account`` (operation ``update_account``).

    Args:
        idempotency_key (str | Unset):
        body (AccountUpdateRequest): Account settings.

    Returns:
        ``Response[AccountUpdateResult]``: status code, headers, raw content and ``parsed``.

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
    body: AccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> AccountUpdateResult:
    """Update account settings

    Set the client-auth mode new mailboxes get. Owner token only (members get 403
    `scope_blocked_by_membership`); 404 unless the app-password feature is on.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``PATCH /api/v1/account`` (operation ``update_account``).

    Args:
        idempotency_key (str | Unset):
        body (AccountUpdateRequest): Account settings.

    Returns:
        ``AccountUpdateResult``.

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
