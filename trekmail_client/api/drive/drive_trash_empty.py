from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.drive_trash_empty_result import DriveTrashEmptyResult

OPERATION_ID: Final = "drive_trash_empty"
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    space: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/drive/spaces/{space}/trash".format(
            space=str(space) if type(space) is int else quote(str(space), safe=""),
        ),
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> DriveTrashEmptyResult | None:
    if response.status_code == 204:
        return None
    return read_json(
        OPERATION_ID, client, response, DriveTrashEmptyResult.from_dict, (200,)
    )


async def asyncio_detailed(
    space: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[DriveTrashEmptyResult | None]:
    """Empty the Trash of a Drive space

    Permanently delete everything in the space's Trash (destructive).

    Auth: ops token (`tm_live_`), scope `drive:account:purge` or `drive:mailbox:purge` (any one of
    them is enough).

    ``DELETE /api/v1/drive/spaces/{space}/trash`` (operation ``drive_trash_empty``).

    Args:
        space (str):  Example: account.
        idempotency_key (str | Unset):

    Returns:
        ``Response[DriveTrashEmptyResult | None]``: status code, headers, raw content and ``parsed``.

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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    space: str,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> DriveTrashEmptyResult | None:
    """Empty the Trash of a Drive space

    Permanently delete everything in the space's Trash (destructive).

    Auth: ops token (`tm_live_`), scope `drive:account:purge` or `drive:mailbox:purge` (any one of
    them is enough).

    ``DELETE /api/v1/drive/spaces/{space}/trash`` (operation ``drive_trash_empty``).

    Args:
        space (str):  Example: account.
        idempotency_key (str | Unset):

    Returns:
        ``DriveTrashEmptyResult | None`` (``None`` for a 204 answer, which has no body).

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
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
