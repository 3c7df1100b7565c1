from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.draft_save_result import DraftSaveResult
from ...models.draft_update_request import DraftUpdateRequest

OPERATION_ID: Final = "update_draft"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DraftUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    uid: int,
    *,
    body: DraftUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/messages/drafts/{uid}".format(
            uid=str(uid) if type(uid) is int else quote(str(uid), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DraftSaveResult:
    return read_json(OPERATION_ID, client, response, DraftSaveResult.from_dict, (200,))


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: DraftUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DraftSaveResult]:
    """Replace a draft

    Replace a draft: the old one is deleted and a new one appended, so the response carries a NEW
    `uid` and `uidvalidity`. Idempotency-Key required.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PUT /api/v1/messages/drafts/{uid}`` (operation ``update_draft``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (DraftUpdateRequest): Replace a draft.

    Returns:
        ``Response[DraftSaveResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:write`` (else ``PermissionDeniedError``).
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
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: DraftUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> DraftSaveResult:
    """Replace a draft

    Replace a draft: the old one is deleted and a new one appended, so the response carries a NEW
    `uid` and `uidvalidity`. Idempotency-Key required.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PUT /api/v1/messages/drafts/{uid}`` (operation ``update_draft``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (DraftUpdateRequest): Replace a draft.

    Returns:
        ``DraftSaveResult``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:write`` (else ``PermissionDeniedError``).
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
        uid=uid,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
