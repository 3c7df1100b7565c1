from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.agent_key_reissue_request import AgentKeyReissueRequest
from ...models.agent_key_reissue_result import AgentKeyReissueResult

OPERATION_ID: Final = "agent_reissue_key"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = AgentKeyReissueRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: AgentKeyReissueRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agent/key/reissue",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> AgentKeyReissueResult:
    return read_json(
        OPERATION_ID, client, response, AgentKeyReissueResult.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentKeyReissueRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[AgentKeyReissueResult]:
    """Reissue the agent key

    Reissue the calling ops token (after a plan purchase). The new token is returned once and the
    old one is revoked immediately, so switch to it at once. Only for keys issued through agent
    signup.

    Auth: ops token (`tm_live_`), scope `billing:autopay`.

    ``POST /api/v1/agent/key/reissue`` (operation ``agent_reissue_key``).

    Args:
        idempotency_key (str | Unset):
        body (AgentKeyReissueRequest): Empty JSON object.

    Returns:
        ``Response[AgentKeyReissueResult]``: status code, headers, raw content and ``parsed``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``billing:autopay`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgentKeyReissueRequest,
    idempotency_key: str | Unset = UNSET,
) -> AgentKeyReissueResult:
    """Reissue the agent key

    Reissue the calling ops token (after a plan purchase). The new token is returned once and the
    old one is revoked immediately, so switch to it at once. Only for keys issued through agent
    signup.

    Auth: ops token (`tm_live_`), scope `billing:autopay`.

    ``POST /api/v1/agent/key/reissue`` (operation ``agent_reissue_key``).

    Args:
        idempotency_key (str | Unset):
        body (AgentKeyReissueRequest): Empty JSON object.

    Returns:
        ``AgentKeyReissueResult``.

    Raises:
        MissingTokenError: the client has no ops token (`tm_live_`). The token needs
            scope ``billing:autopay`` (else ``PermissionDeniedError``).
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
        body=body,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
