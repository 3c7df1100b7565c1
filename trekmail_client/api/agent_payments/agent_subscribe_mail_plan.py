from __future__ import annotations

from typing import Any, Final

import httpx

from ..._parsing import build_response, read_json, send
from ...client import AuthenticatedClient
from ...types import UNSET, Response, Unset

from ...models.agent_purchase_result import AgentPurchaseResult
from ...models.agent_subscription_request import AgentSubscriptionRequest

OPERATION_ID: Final = "agent_subscribe_mail_plan"
#: The request body's model (resource methods also build it from keyword arguments).
BODY_MODEL: Final = AgentSubscriptionRequest
#: Whether the success model only wraps ``data`` (resource methods return what is inside).
RETURNS_DATA: Final = False


def _get_kwargs(
    *,
    body: AgentSubscriptionRequest,
    payment_authorization: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(payment_authorization, Unset):
        headers["Payment-Authorization"] = payment_authorization

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/agent/subscription",
        "extensions": {"trekmail_operation_id": OPERATION_ID},
    }

    _kwargs["json"] = body.to_dict()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient, response: httpx.Response
) -> AgentPurchaseResult:
    return read_json(
        OPERATION_ID, client, response, AgentPurchaseResult.from_dict, (200,)
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgentSubscriptionRequest,
    payment_authorization: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[AgentPurchaseResult]:
    """Subscribe to a mail plan (agent)

    Subscribe to the Pro or Agency plan at full price, with no trial. The credential is a Stripe
    PaymentMethod (`pm_...`). Call `agent_reissue_key` afterwards. Two calls: the first, without
    `Payment-Authorization`, gets 402 `payment_required` with a `payment` challenge beside `error`
    (`{protocol: "MPP", amount_minor, currency, network_id, credential_header: "Payment-
    Authorization", expires_at}`, see `AgentPaymentChallenge`); the second sends the credential in
    the `Payment-Authorization` header.

    Auth: ops token (`tm_live_`), scope `billing:autopay`.

    ``POST /api/v1/agent/subscription`` (operation ``agent_subscribe_mail_plan``).

    Args:
        payment_authorization (str | Unset):
        idempotency_key (str | Unset):
        body (AgentSubscriptionRequest): Subscribe to a mail plan.

    Returns:
        ``Response[AgentPurchaseResult]``: status code, headers, raw content and ``parsed``.

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
        payment_authorization=payment_authorization,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgentSubscriptionRequest,
    payment_authorization: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> AgentPurchaseResult:
    """Subscribe to a mail plan (agent)

    Subscribe to the Pro or Agency plan at full price, with no trial. The credential is a Stripe
    PaymentMethod (`pm_...`). Call `agent_reissue_key` afterwards. Two calls: the first, without
    `Payment-Authorization`, gets 402 `payment_required` with a `payment` challenge beside `error`
    (`{protocol: "MPP", amount_minor, currency, network_id, credential_header: "Payment-
    Authorization", expires_at}`, see `AgentPaymentChallenge`); the second sends the credential in
    the `Payment-Authorization` header.

    Auth: ops token (`tm_live_`), scope `billing:autopay`.

    ``POST /api/v1/agent/subscription`` (operation ``agent_subscribe_mail_plan``).

    Args:
        payment_authorization (str | Unset):
        idempotency_key (str | Unset):
        body (AgentSubscriptionRequest): Subscribe to a mail plan.

    Returns:
        ``AgentPurchaseResult``.

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
        payment_authorization=payment_authorization,
        idempotency_key=idempotency_key,
    )
    response = await send(client, kwargs)
    return _parse_response(client=client, response=response)
