from __future__ import annotations

from typing import Any, Final
from urllib.parse import quote

import httpx

from ..._parsing import build_response, empty_model, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.mail_rule_request import MailRuleRequest
from ...models.mail_rule_response import MailRuleResponse
from ...models.mail_rule import MailRule

OPERATION_ID: Final = "create_mail_rule"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = MailRuleRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = True


def empty_data() -> MailRule:
    """What a resource method returns when a tolerated answer has no ``data``."""
    return empty_model(MailRule)


def _get_kwargs(
    id: int,
    *,
    body: MailRuleRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mailboxes/{id}/rules".format(
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
) -> MailRuleResponse:
    return read_json(
        OPERATION_ID,
        client,
        response,
        MailRuleResponse.from_dict,
        (
            200,
            201,
        ),
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: MailRuleRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[MailRuleResponse]:
    """Create a mail rule

    Create a mail rule (Pro and Agency). `match_type` defaults to `all`, `stop` to false, `enabled`
    to true.

    Auth: ops token (`tm_live_`), scope `mailboxes:rules:write`.

    ``POST /api/v1/mailboxes/{id}/rules`` (operation ``create_mail_rule``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (MailRuleRequest): A mail rule (create or full replace).

    Returns:
        ``Response[MailRuleResponse]``: status code, headers, raw content and ``parsed``.

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
    body: MailRuleRequest,
    idempotency_key: str | Unset = UNSET,
) -> MailRuleResponse:
    """Create a mail rule

    Create a mail rule (Pro and Agency). `match_type` defaults to `all`, `stop` to false, `enabled`
    to true.

    Auth: ops token (`tm_live_`), scope `mailboxes:rules:write`.

    ``POST /api/v1/mailboxes/{id}/rules`` (operation ``create_mail_rule``).

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (MailRuleRequest): A mail rule (create or full replace).

    Returns:
        ``MailRuleResponse``.

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
