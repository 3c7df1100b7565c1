from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mailbox_create_request import MailboxCreateRequest
from ...models.mailbox_create_response import MailboxCreateResponse
from ...models.mailbox_created import MailboxCreated

OPERATION_ID: Final = "create_mailbox"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MailboxCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> MailboxCreated:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(MailboxCreated)


def _get_kwargs(
    *,
    body: MailboxCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailboxCreateResponse:
    return read_json(
        OPERATION_ID, client, response, MailboxCreateResponse.from_dict, (201,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MailboxCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MailboxCreateResponse]:
    """Create a mailbox

    Create one mailbox. With `password_mode: generated_one_time` the API returns the generated
    password once; with `create_app_password` it also returns an app password once.
    `storage_allocation_mb` omitted or null uses the shared pool.

    Auth: ops token (`tm_live_`), scope `mailboxes:create`.

    ``POST /api/v1/mailboxes`` (operation ``create_mailbox``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxCreateRequest): Create one mailbox.

    Returns:
        ``Response[MailboxCreateResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:create`` (else ``PermissionDeniedError``).
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
    body: MailboxCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> MailboxCreateResponse:
    """Create a mailbox

    Create one mailbox. With `password_mode: generated_one_time` the API returns the generated
    password once; with `create_app_password` it also returns an app password once.
    `storage_allocation_mb` omitted or null uses the shared pool.

    Auth: ops token (`tm_live_`), scope `mailboxes:create`.

    ``POST /api/v1/mailboxes`` (operation ``create_mailbox``).

    Args:
        idempotency_key (str | Unset):
        body (MailboxCreateRequest): Create one mailbox.

    Returns:
        ``MailboxCreateResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:create`` (else ``PermissionDeniedError``).
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
