from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.contact_list import ContactList
from ...models.contact import Contact

OPERATION_ID: Final = "list_contacts"
#: The type of one item of the list, for ``tm.paginate``.
PAGE_ITEM: Final = Contact
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 50,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["q"] = q

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/messages/contacts",
        "params": params,
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> ContactList:
    return read_json(OPERATION_ID, client, response, ContactList.from_dict, (200,))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 50,
) -> Response[ContactList]:
    """List contacts

    List contacts (page-number pagination).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/contacts`` (operation ``list_contacts``), a list paged by ``page``: iterate every item with ``tm.paginate(list_contacts, ...)``.

    Args:
        q (str | Unset):
        page (int | Unset):
        per_page (int | Unset):  Default: 50.

    Returns:
        ``Response[ContactList]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        q=q,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = 50,
) -> ContactList:
    """List contacts

    List contacts (page-number pagination).

    Auth: message token (`tm_msg_`), scope `messages:read`.

    ``GET /api/v1/messages/contacts`` (operation ``list_contacts``), a list paged by ``page``: iterate every item with ``tm.paginate(list_contacts, ...)``.

    Args:
        q (str | Unset):
        page (int | Unset):
        per_page (int | Unset):  Default: 50.

    Returns:
        ``ContactList``.

    Raises:
        MissingTokenError: the client has no message token (`tm_msg_`). The token needs
            scope ``messages:read`` (else ``PermissionDeniedError``).
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
        q=q,
        page=page,
        per_page=per_page,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
