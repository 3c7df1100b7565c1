from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.white_label_member_invite import WhiteLabelMemberInvite
from ...models.white_label_member_invite_request import WhiteLabelMemberInviteRequest

OPERATION_ID: Final = "invite_white_label_member"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = WhiteLabelMemberInviteRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: WhiteLabelMemberInviteRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/white-label/members",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> WhiteLabelMemberInvite:
    return read_json(
        OPERATION_ID, client, response, WhiteLabelMemberInvite.from_dict, (201,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WhiteLabelMemberInviteRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[WhiteLabelMemberInvite]:
    """Invite a White Label member

    Invite a member and email the invitation. The API requires an `Idempotency-Key` here (422
    `missing_idempotency_key` without one); a replay redacts the invitation URL. Not in the API
    overview; the official client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:write`.

    ``POST /api/v1/white-label/members`` (operation ``invite_white_label_member``).

    Args:
        idempotency_key (str | Unset):
        body (WhiteLabelMemberInviteRequest): Invite a member to the White Label team.

    Returns:
        ``Response[WhiteLabelMemberInvite]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:write`` (else ``PermissionDeniedError``).
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
    body: WhiteLabelMemberInviteRequest,
    idempotency_key: str | Unset = UNSET,
) -> WhiteLabelMemberInvite:
    """Invite a White Label member

    Invite a member and email the invitation. The API requires an `Idempotency-Key` here (422
    `missing_idempotency_key` without one); a replay redacts the invitation URL. Not in the API
    overview; the official client calls it. Member endpoints allow 20 requests per minute.

    Auth: ops token (`tm_live_`), scope `members:write`.

    ``POST /api/v1/white-label/members`` (operation ``invite_white_label_member``).

    Args:
        idempotency_key (str | Unset):
        body (WhiteLabelMemberInviteRequest): Invite a member to the White Label team.

    Returns:
        ``WhiteLabelMemberInvite``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``members:write`` (else ``PermissionDeniedError``).
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
