from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mailbox_list import MailboxList
from ...models.mailbox import Mailbox

OPERATION_ID: Final = "list_mailboxes"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = Mailbox
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    domain_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["domain_id"] = domain_id

    params["search"] = search

    params["status"] = status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> MailboxList:
    return read_json(OPERATION_ID, client, response, MailboxList.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    domain_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[MailboxList]:
    """List mailboxes

    List mailboxes, one page at a time, with storage usage (`used_mb`, `quota_mb`, `allocation_mb`,
    `is_pooled`) and `mailbox_type` / `is_shared`. `status=trashed` lists soft-deleted mailboxes.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes`` (operation ``list_mailboxes``), a list paged by ``page``: iterate every item with ``tm.paginate(list_mailboxes, ...)``.

    Args:
        domain_id (int | Unset):
        search (str | Unset):
        status (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``Response[MailboxList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        domain_id=domain_id,
        search=search,
        status=status,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    domain_id: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> MailboxList:
    """List mailboxes

    List mailboxes, one page at a time, with storage usage (`used_mb`, `quota_mb`, `allocation_mb`,
    `is_pooled`) and `mailbox_type` / `is_shared`. `status=trashed` lists soft-deleted mailboxes.

    Auth: ops token (`tm_live_`), scope `mailboxes:read`.

    ``GET /api/v1/mailboxes`` (operation ``list_mailboxes``), a list paged by ``page``: iterate every item with ``tm.paginate(list_mailboxes, ...)``.

    Args:
        domain_id (int | Unset):
        search (str | Unset):
        status (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Returns:
        ``MailboxList``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``mailboxes:read`` (else ``PermissionDeniedError``).
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
        domain_id=domain_id,
        search=search,
        status=status,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
