from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.external_account_update_request import ExternalAccountUpdateRequest
from ...models.update_external_account_response_200 import (
    UpdateExternalAccountResponse200,
)

OPERATION_ID: Final = "update_external_account"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = ExternalAccountUpdateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: ExternalAccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/messages/external-accounts/{id}".format(
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
) -> UpdateExternalAccountResponse200:
    return read_json(
        OPERATION_ID,
        client,
        response,
        UpdateExternalAccountResponse200.from_dict,
        (200,),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ExternalAccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[UpdateExternalAccountResponse200]:
    """Update an external account

    Change an account's label, colour, order or connection settings; a connection change is re-
    tested.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PATCH /api/v1/messages/external-accounts/{id}`` (operation ``update_external_account``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (ExternalAccountUpdateRequest): Account fields to change (`email` and `provider`
            cannot change). A connection change is re-tested.

    Returns:
        ``Response[UpdateExternalAccountResponse200]``: status code, headers, raw content and ``parsed``.

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
    body: ExternalAccountUpdateRequest,
    idempotency_key: str | Unset = UNSET,
) -> UpdateExternalAccountResponse200:
    """Update an external account

    Change an account's label, colour, order or connection settings; a connection change is re-
    tested.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``PATCH /api/v1/messages/external-accounts/{id}`` (operation ``update_external_account``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (ExternalAccountUpdateRequest): Account fields to change (`email` and `provider`
            cannot change). A connection change is re-tested.

    Returns:
        ``UpdateExternalAccountResponse200``.

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
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
