from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.sieve_script_request import SieveScriptRequest
from ...models.upload_sieve_script_response_200 import UploadSieveScriptResponse200

OPERATION_ID: Final = "upload_sieve_script"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = SieveScriptRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    id: int,
    *,
    body: SieveScriptRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/mailboxes/{id}/sieve".format(
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
) -> UploadSieveScriptResponse200:
    return read_json(
        OPERATION_ID, client, response, UploadSieveScriptResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: SieveScriptRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[UploadSieveScriptResponse200]:
    """Upload a Sieve script

    Upload a custom Sieve script (Agency only). It replaces the visual filters, must `require` every
    extension it uses, and may not use `vnd.dovecot.pipe`, `execute` or `filter`.

    Auth: ops token (`tm_live_`), scope `mailboxes:rules:write`.

    ``PUT /api/v1/mailboxes/{id}/sieve`` (operation ``upload_sieve_script``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (SieveScriptRequest): A custom Sieve script (Agency only).

    Returns:
        ``Response[UploadSieveScriptResponse200]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:rules:write`` (else ``PermissionDeniedError``).
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
    body: SieveScriptRequest,
    idempotency_key: str | Unset = UNSET,
) -> UploadSieveScriptResponse200:
    """Upload a Sieve script

    Upload a custom Sieve script (Agency only). It replaces the visual filters, must `require` every
    extension it uses, and may not use `vnd.dovecot.pipe`, `execute` or `filter`.

    Auth: ops token (`tm_live_`), scope `mailboxes:rules:write`.

    ``PUT /api/v1/mailboxes/{id}/sieve`` (operation ``upload_sieve_script``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (SieveScriptRequest): A custom Sieve script (Agency only).

    Returns:
        ``UploadSieveScriptResponse200``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:rules:write`` (else ``PermissionDeniedError``).
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
