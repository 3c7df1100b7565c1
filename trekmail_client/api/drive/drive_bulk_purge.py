from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_bulk_result import DriveBulkResult
from ...models.drive_bulk_selection_request import DriveBulkSelectionRequest

OPERATION_ID: Final = "drive_bulk_purge"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = DriveBulkSelectionRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
    *,
    body: DriveBulkSelectionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/drive/spaces/{space}/bulk:purge".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveBulkResult:
    return read_json(OPERATION_ID, client, response, DriveBulkResult.from_dict, (200,))


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
    body: DriveBulkSelectionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[DriveBulkResult]:
    """Permanently delete Drive items

    Permanently delete trashed files and folders of a space (destructive; at most 5000 items). Items
    not in the Trash are skipped.

    Auth: ops token (`tm_live_`), scope `drive:account:purge` or `drive:mailbox:purge` (any one of
    them is enough).

    ``POST /api/v1/drive/spaces/{space}/bulk:purge`` (operation ``drive_bulk_purge``).

    Args:
        space (str):  Example: account.
        idempotency_key (str | Unset):
        body (DriveBulkSelectionRequest): Files and folders of one space to act on; at most 5000
            items in all.

    Returns:
        ``Response[DriveBulkResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:purge`` (else ``PermissionDeniedError``).
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
        space=space,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    space: str,
    *,
    client: AuthenticatedClient,
    body: DriveBulkSelectionRequest,
    idempotency_key: str | Unset = UNSET,
) -> DriveBulkResult:
    """Permanently delete Drive items

    Permanently delete trashed files and folders of a space (destructive; at most 5000 items). Items
    not in the Trash are skipped.

    Auth: ops token (`tm_live_`), scope `drive:account:purge` or `drive:mailbox:purge` (any one of
    them is enough).

    ``POST /api/v1/drive/spaces/{space}/bulk:purge`` (operation ``drive_bulk_purge``).

    Args:
        space (str):  Example: account.
        idempotency_key (str | Unset):
        body (DriveBulkSelectionRequest): Files and folders of one space to act on; at most 5000
            items in all.

    Returns:
        ``DriveBulkResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``drive:account:purge`` (else ``PermissionDeniedError``).
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
        space=space,
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
