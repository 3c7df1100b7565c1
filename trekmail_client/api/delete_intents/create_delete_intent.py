from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.delete_intent_response import DeleteIntentResponse
from ...models.delete_intent import DeleteIntent

OPERATION_ID: Final = "create_delete_intent"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DeleteIntent:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DeleteIntent)


def _get_kwargs(
    id: int,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/{id}:delete-intent".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DeleteIntentResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        DeleteIntentResponse.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[DeleteIntentResponse]:
    """Start deleting a mailbox

    Create a delete intent for a mailbox. Nothing is deleted until the intent is confirmed. Delete
    intents have a daily limit per token and a cooldown between deletes.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    ``POST /api/v1/mailboxes/{id}:delete-intent`` (operation ``create_delete_intent``).

    Args:
        id (int):
        idempotency_key (str | Unset):

    Returns:
        ``Response[DeleteIntentResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:delete`` (else ``PermissionDeniedError``).
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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> DeleteIntentResponse:
    """Start deleting a mailbox

    Create a delete intent for a mailbox. Nothing is deleted until the intent is confirmed. Delete
    intents have a daily limit per token and a cooldown between deletes.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    ``POST /api/v1/mailboxes/{id}:delete-intent`` (operation ``create_delete_intent``).

    Args:
        id (int):
        idempotency_key (str | Unset):

    Returns:
        ``DeleteIntentResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:delete`` (else ``PermissionDeniedError``).
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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
