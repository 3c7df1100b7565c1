from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.invite_create_request import InviteCreateRequest
from ...models.invite_response import InviteResponse
from ...models.invite import Invite

OPERATION_ID: Final = "create_invite"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = InviteCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> Invite:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(Invite)


def _get_kwargs(
    *,
    body: InviteCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/invites",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> InviteResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        InviteResponse.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InviteCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[InviteResponse]:
    """Invite a mailbox user

    Create a mailbox invite and email it to `recipient_email`. The allocation is recorded on the
    invite and copied to the mailbox at redeem time.

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    ``POST /api/v1/mailboxes/invites`` (operation ``create_invite``).

    Args:
        idempotency_key (str | Unset):
        body (InviteCreateRequest): Invite someone to claim a new mailbox (emails the
            recipient).

    Returns:
        ``Response[InviteResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:invites:create`` (else ``PermissionDeniedError``).
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
    body: InviteCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> InviteResponse:
    """Invite a mailbox user

    Create a mailbox invite and email it to `recipient_email`. The allocation is recorded on the
    invite and copied to the mailbox at redeem time.

    Auth: ops token (`tm_live_`), scope `mailboxes:invites:create`.

    ``POST /api/v1/mailboxes/invites`` (operation ``create_invite``).

    Args:
        idempotency_key (str | Unset):
        body (InviteCreateRequest): Invite someone to claim a new mailbox (emails the
            recipient).

    Returns:
        ``InviteResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:invites:create`` (else ``PermissionDeniedError``).
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
