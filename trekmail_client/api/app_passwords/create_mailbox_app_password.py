from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.app_password_create_request import AppPasswordCreateRequest
from ...models.app_password_create_response import AppPasswordCreateResponse

OPERATION_ID: Final = "create_mailbox_app_password"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = AppPasswordCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: AppPasswordCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/{id}/app-passwords".format(
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
) -> AppPasswordCreateResponse:
    return read_json(
        OPERATION_ID, client, response, AppPasswordCreateResponse.from_dict, (201,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: AppPasswordCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AppPasswordCreateResponse]:
    """Create an app password

    Mint an app password for a mailbox. The password (16 lowercase letters) is returned once. At
    most 25 active (`app_password_limit_reached`); shared, paused or suspended mailboxes give
    `mailbox_not_eligible`. Each call mints a new one unless the Idempotency-Key repeats.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes/{id}/app-passwords`` (operation ``create_mailbox_app_password``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (AppPasswordCreateRequest): A new app password.

    Returns:
        ``Response[AppPasswordCreateResponse]``: status code, headers, raw content and ``parsed``.

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
    body: AppPasswordCreateRequest,
    idempotency_key: str | Unset = UNSET,
) -> AppPasswordCreateResponse:
    """Create an app password

    Mint an app password for a mailbox. The password (16 lowercase letters) is returned once. At
    most 25 active (`app_password_limit_reached`); shared, paused or suspended mailboxes give
    `mailbox_not_eligible`. Each call mints a new one unless the Idempotency-Key repeats.

    Auth: ops token (`tm_live_`), scope `mailboxes:write`.

    ``POST /api/v1/mailboxes/{id}/app-passwords`` (operation ``create_mailbox_app_password``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (AppPasswordCreateRequest): A new app password.

    Returns:
        ``AppPasswordCreateResponse``.

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
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
