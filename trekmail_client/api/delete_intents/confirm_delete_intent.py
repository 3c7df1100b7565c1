from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.confirm_delete_intent_x_confirm_delete import (
    ConfirmDeleteIntentXConfirmDelete,
)
from ...models.delete_intent_confirm_result import DeleteIntentConfirmResult

OPERATION_ID: Final = "confirm_delete_intent"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_confirm_delete, Unset):
        headers["X-Confirm-Delete"] = str(x_confirm_delete)

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/delete-intents/{id}:confirm".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DeleteIntentConfirmResult:
    return read_json(
        OPERATION_ID, client, response, DeleteIntentConfirmResult.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> Response[DeleteIntentConfirmResult]:
    """Confirm a mailbox deletion

    Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    ``POST /api/v1/delete-intents/{id}:confirm`` (operation ``confirm_delete_intent``).

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Returns:
        ``Response[DeleteIntentConfirmResult]``: status code, headers, raw content and ``parsed``.

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
        x_confirm_delete=x_confirm_delete,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
    idempotency_key: str | Unset = UNSET,
) -> DeleteIntentConfirmResult:
    """Confirm a mailbox deletion

    Confirm a delete intent (send `X-Confirm-Delete: true`). The mailbox goes to the recycle bin.

    Auth: ops token (`tm_live_`), scope `mailboxes:delete`.

    ``POST /api/v1/delete-intents/{id}:confirm`` (operation ``confirm_delete_intent``).

    Args:
        id (int):
        x_confirm_delete (ConfirmDeleteIntentXConfirmDelete | Unset):  Default: 'true'.
        idempotency_key (str | Unset):

    Returns:
        ``DeleteIntentConfirmResult``.

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
        x_confirm_delete=x_confirm_delete,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
