from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_share_link_create_request import DriveShareLinkCreateRequest
from ...models.drive_share_link_create_response import DriveShareLinkCreateResponse
from ...models.drive_share_link_created import DriveShareLinkCreated

OPERATION_ID: Final = "drive_share_create"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DriveShareLinkCreateRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> DriveShareLinkCreated:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(DriveShareLinkCreated)


def _get_kwargs(
    id: int,
    *,
    body: DriveShareLinkCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/drive/files/{id}/share-links".format(
            id=str(id) if type(id) is int else quote(str(id), safe=""),
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
) -> DriveShareLinkCreateResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        DriveShareLinkCreateResponse.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: DriveShareLinkCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[DriveShareLinkCreateResponse]:
    """Create a share link for a Drive file

    Create a public share link (`/d/{token}`), optionally with an expiry and a download limit. The
    raw `token` is returned only once.

    Auth: ops token (`tm_live_`), scope `drive:account:share` or `drive:mailbox:share` (any one of
    them is enough).

    ``POST /api/v1/drive/files/{id}/share-links`` (operation ``drive_share_create``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DriveShareLinkCreateRequest | Unset): Create a public share link for a file.

    Returns:
        ``Response[DriveShareLinkCreateResponse]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:share`` (else ``PermissionDeniedError``).
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
    body: DriveShareLinkCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> DriveShareLinkCreateResponse:
    """Create a share link for a Drive file

    Create a public share link (`/d/{token}`), optionally with an expiry and a download limit. The
    raw `token` is returned only once.

    Auth: ops token (`tm_live_`), scope `drive:account:share` or `drive:mailbox:share` (any one of
    them is enough).

    ``POST /api/v1/drive/files/{id}/share-links`` (operation ``drive_share_create``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (DriveShareLinkCreateRequest | Unset): Create a public share link for a file.

    Returns:
        ``DriveShareLinkCreateResponse``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:share`` (else ``PermissionDeniedError``).
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
