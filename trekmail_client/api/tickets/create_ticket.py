from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.ticket_create_request import TicketCreateRequest
from ...models.ticket_response import TicketResponse
from ...models.ticket import Ticket

OPERATION_ID: Final = "create_ticket"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = TicketCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> Ticket:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(Ticket)


def _get_kwargs(
    *,
    body: TicketCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> TicketResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        TicketResponse.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TicketCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[TicketResponse]:
    """Open a ticket

    Open a support ticket. `priority` defaults to `normal`.

    Auth: ops token (`tm_live_`), scope `tickets:write`.

    ``POST /api/v1/tickets`` (operation ``create_ticket``).

    Args:
        idempotency_key (str | Unset):
        body (TicketCreateRequest): A new support ticket.

    Returns:
        ``Response[TicketResponse]``: status code, headers, raw content and ``parsed``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TicketCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> TicketResponse:
    """Open a ticket

    Open a support ticket. `priority` defaults to `normal`.

    Auth: ops token (`tm_live_`), scope `tickets:write`.

    ``POST /api/v1/tickets`` (operation ``create_ticket``).

    Args:
        idempotency_key (str | Unset):
        body (TicketCreateRequest): A new support ticket.

    Returns:
        ``TicketResponse``.

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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
