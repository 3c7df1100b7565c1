from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.ticket_action_result import TicketActionResult
from ...models.ticket_reply_request import TicketReplyRequest

OPERATION_ID: Final = "reply_to_ticket"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = TicketReplyRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: TicketReplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{id}/reply".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> TicketActionResult:
    return read_json(
        OPERATION_ID,
        client,
        response,
        TicketActionResult.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: TicketReplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[TicketActionResult]:
    """Reply to a ticket

    Reply to a ticket. Refused on closed tickets.

    Auth: ops token (`tm_live_`), scope `tickets:write`.

    ``POST /api/v1/tickets/{id}/reply`` (operation ``reply_to_ticket``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (TicketReplyRequest): A ticket reply.

    Returns:
        ``Response[TicketActionResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``tickets:write`` (else ``PermissionDeniedError``).
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
    body: TicketReplyRequest,
    idempotency_key: str | Unset = UNSET,
) -> TicketActionResult:
    """Reply to a ticket

    Reply to a ticket. Refused on closed tickets.

    Auth: ops token (`tm_live_`), scope `tickets:write`.

    ``POST /api/v1/tickets/{id}/reply`` (operation ``reply_to_ticket``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (TicketReplyRequest): A ticket reply.

    Returns:
        ``TicketActionResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``tickets:write`` (else ``PermissionDeniedError``).
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
