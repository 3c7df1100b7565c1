from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.report_ham_request import ReportHamRequest
from ...models.report_ham_response_200 import ReportHamResponse200

OPERATION_ID: Final = "report_ham"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = ReportHamRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    uid: int,
    *,
    body: ReportHamRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/messages/{uid}:ham".format(
            uid=str(uid) if type(uid) is int else quote(str(uid), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> ReportHamResponse200:
    return read_json(
        OPERATION_ID, client, response, ReportHamResponse200.from_dict, (200,)
    )


async def asyncio_detailed(
    uid: int,
    *,
    client: AuthenticatedClient,
    body: ReportHamRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ReportHamResponse200]:
    """Report not spam

    Train the filter as ham and move the message to INBOX.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``POST /api/v1/messages/{uid}:ham`` (operation ``report_ham``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (ReportHamRequest | Unset): Report a message as not spam.

    Returns:
        ``Response[ReportHamResponse200]``: status code, headers, raw content and ``parsed``.

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
    body: ReportHamRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ReportHamResponse200:
    """Report not spam

    Train the filter as ham and move the message to INBOX.

    Auth: message token (`tm_msg_`), scope `messages:write`.

    ``POST /api/v1/messages/{uid}:ham`` (operation ``report_ham``).

    Args:
        uid (int):
        idempotency_key (str | Unset):
        body (ReportHamRequest | Unset): Report a message as not spam.

    Returns:
        ``ReportHamResponse200``.

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
