"""The ``agent_payments`` resource (``tm.agent_payments``) and its endpoint modules (generated).

Each module ``trekmail_client.api.agent_payments.<operation_id>`` is the low-level function layer;
:class:`AgentPaymentsResource` is the layer users meet first.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

import httpx

from ..._resource import NOT_GIVEN, APIResource, NotGiven, RawResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._pagination import AsyncPaginator
    from ...models.agent_drive_addon_request import AgentDriveAddonRequest
    from ...models.agent_drive_addon_request_period import AgentDriveAddonRequestPeriod
    from ...models.agent_drive_addon_request_period import (
        check_agent_drive_addon_request_period,
    )
    from ...models.agent_key_reissue_request import AgentKeyReissueRequest
    from ...models.agent_key_reissue_result import AgentKeyReissueResult
    from ...models.agent_purchase_result import AgentPurchaseResult
    from ...models.agent_subscription_request import AgentSubscriptionRequest
    from ...models.agent_subscription_request_period import (
        AgentSubscriptionRequestPeriod,
    )
    from ...models.agent_subscription_request_period import (
        check_agent_subscription_request_period,
    )
    from ...models.agent_subscription_request_plan import AgentSubscriptionRequestPlan
    from ...models.agent_subscription_request_plan import (
        check_agent_subscription_request_plan,
    )
    from ...models.agent_verifier_credits_topup_request import (
        AgentVerifierCreditsTopupRequest,
    )
    from ...models.agent_white_label_request import AgentWhiteLabelRequest
    from ...models.agent_white_label_request_period import AgentWhiteLabelRequestPeriod
    from ...models.agent_white_label_request_period import (
        check_agent_white_label_request_period,
    )
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["AgentPaymentsResource", "AgentPaymentsResourceWithRawResponse"]


class AgentPaymentsResource(APIResource):
    """``tm.agent_payments``: the 5 operations tagged ``agent_payments``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> AgentPaymentsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return AgentPaymentsResourceWithRawResponse(self._client)

    @overload
    async def subscribe_drive_addon(
        self,
        *,
        body: AgentDriveAddonRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    @overload
    async def subscribe_drive_addon(
        self,
        *,
        size_gb: int,
        period: AgentDriveAddonRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    async def subscribe_drive_addon(
        self, *args: Any, **kwargs: Any
    ) -> AgentPurchaseResult:
        """Subscribe to the Drive add-on (agent)

        ``POST /api/v1/agent/drive-addon``, operation ``agent_subscribe_drive_addon`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_drive_addon``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("agent_subscribe_drive_addon", args, kwargs)

    async def reissue_key(
        self,
        *,
        body: AgentKeyReissueRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentKeyReissueResult:
        """Reissue the agent key

        ``POST /api/v1/agent/key/reissue``, operation ``agent_reissue_key`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_reissue_key``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("agent_reissue_key", (), locals())

    @overload
    async def subscribe_mail_plan(
        self,
        *,
        body: AgentSubscriptionRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    @overload
    async def subscribe_mail_plan(
        self,
        *,
        plan: AgentSubscriptionRequestPlan,
        period: AgentSubscriptionRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    async def subscribe_mail_plan(
        self, *args: Any, **kwargs: Any
    ) -> AgentPurchaseResult:
        """Subscribe to a mail plan (agent)

        ``POST /api/v1/agent/subscription``, operation ``agent_subscribe_mail_plan`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_mail_plan``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("agent_subscribe_mail_plan", args, kwargs)

    @overload
    async def buy_verifier_credits(
        self,
        *,
        body: AgentVerifierCreditsTopupRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    @overload
    async def buy_verifier_credits(
        self,
        *,
        quantity: int,
        currency: str | Unset = UNSET,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    async def buy_verifier_credits(
        self, *args: Any, **kwargs: Any
    ) -> AgentPurchaseResult:
        """Buy verifier credits (agent)

        ``POST /api/v1/agent/verifier-credits/topup``, operation ``agent_buy_verifier_credits`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_buy_verifier_credits``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("agent_buy_verifier_credits", args, kwargs)

    @overload
    async def subscribe_white_label(
        self,
        *,
        body: AgentWhiteLabelRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    @overload
    async def subscribe_white_label(
        self,
        *,
        period: AgentWhiteLabelRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AgentPurchaseResult: ...

    async def subscribe_white_label(
        self, *args: Any, **kwargs: Any
    ) -> AgentPurchaseResult:
        """Subscribe to White Label (agent)

        ``POST /api/v1/agent/white-label``, operation ``agent_subscribe_white_label`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_white_label``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("agent_subscribe_white_label", args, kwargs)


class AgentPaymentsResourceWithRawResponse(APIResource):
    """``tm.agent_payments.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def subscribe_drive_addon(
        self,
        *,
        body: AgentDriveAddonRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    @overload
    async def subscribe_drive_addon(
        self,
        *,
        size_gb: int,
        period: AgentDriveAddonRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    async def subscribe_drive_addon(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AgentPurchaseResult]:
        """Subscribe to the Drive add-on (agent)

        ``POST /api/v1/agent/drive-addon``, operation ``agent_subscribe_drive_addon`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_drive_addon``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("agent_subscribe_drive_addon", args, kwargs)

    async def reissue_key(
        self,
        *,
        body: AgentKeyReissueRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentKeyReissueResult]:
        """Reissue the agent key

        ``POST /api/v1/agent/key/reissue``, operation ``agent_reissue_key`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_reissue_key``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("agent_reissue_key", (), locals())

    @overload
    async def subscribe_mail_plan(
        self,
        *,
        body: AgentSubscriptionRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    @overload
    async def subscribe_mail_plan(
        self,
        *,
        plan: AgentSubscriptionRequestPlan,
        period: AgentSubscriptionRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    async def subscribe_mail_plan(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AgentPurchaseResult]:
        """Subscribe to a mail plan (agent)

        ``POST /api/v1/agent/subscription``, operation ``agent_subscribe_mail_plan`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_mail_plan``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("agent_subscribe_mail_plan", args, kwargs)

    @overload
    async def buy_verifier_credits(
        self,
        *,
        body: AgentVerifierCreditsTopupRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    @overload
    async def buy_verifier_credits(
        self,
        *,
        quantity: int,
        currency: str | Unset = UNSET,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    async def buy_verifier_credits(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AgentPurchaseResult]:
        """Buy verifier credits (agent)

        ``POST /api/v1/agent/verifier-credits/topup``, operation ``agent_buy_verifier_credits`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_buy_verifier_credits``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("agent_buy_verifier_credits", args, kwargs)

    @overload
    async def subscribe_white_label(
        self,
        *,
        body: AgentWhiteLabelRequest,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    @overload
    async def subscribe_white_label(
        self,
        *,
        period: AgentWhiteLabelRequestPeriod,
        payment_authorization: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AgentPurchaseResult]: ...

    async def subscribe_white_label(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AgentPurchaseResult]:
        """Subscribe to White Label (agent)

        ``POST /api/v1/agent/white-label``, operation ``agent_subscribe_white_label`` (the low-level function:
        ``trekmail_client.api.agent_payments.agent_subscribe_white_label``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("agent_subscribe_white_label", args, kwargs)
