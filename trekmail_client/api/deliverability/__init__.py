"""The ``deliverability`` resource (``tm.deliverability``) and its endpoint modules (generated).

Each module ``trekmail_client.api.deliverability.<operation_id>`` is the low-level function layer;
:class:`DeliverabilityResource` is the layer users meet first.
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
    from ...models.deliverability_bounce import DeliverabilityBounce
    from ...models.deliverability_bounce_list import DeliverabilityBounceList
    from ...models.error_response import ErrorResponse
    from ...models.get_domain_deliverability_response_200 import (
        GetDomainDeliverabilityResponse200,
    )
    from ...models.get_domain_deliverability_response_200_data import (
        GetDomainDeliverabilityResponse200Data,
    )
    from ...models.list_domain_bounces_type import check_list_domain_bounces_type
    from ...models.list_domain_bounces_type import ListDomainBouncesType
    from ...models.list_mailbox_bounces_type import check_list_mailbox_bounces_type
    from ...models.list_mailbox_bounces_type import ListMailboxBouncesType
    from ...types import UNSET, Unset

__all__ = ["DeliverabilityResource", "DeliverabilityResourceWithRawResponse"]


class DeliverabilityResource(APIResource):
    """``tm.deliverability``: the 3 operations tagged ``deliverability``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DeliverabilityResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DeliverabilityResourceWithRawResponse(self._client)

    def list_domain_bounces(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        type_: ListDomainBouncesType | Unset = UNSET,
        recipient: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DeliverabilityBounce, DeliverabilityBounceList]:
        """List domain bounces

        ``GET /api/v1/domains/{id}/bounces``, operation ``list_domain_bounces`` (the low-level function:
        ``trekmail_client.api.deliverability.list_domain_bounces``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_domain_bounces", (), locals())

    async def get_domain(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDomainDeliverabilityResponse200Data:
        """Get domain deliverability

        ``GET /api/v1/domains/{id}/deliverability``, operation ``get_domain_deliverability`` (the low-level function:
        ``trekmail_client.api.deliverability.get_domain_deliverability``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_deliverability", (), locals())

    def list_mailbox_bounces(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        type_: ListMailboxBouncesType | Unset = UNSET,
        recipient: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DeliverabilityBounce, DeliverabilityBounceList]:
        """List mailbox bounces

        ``GET /api/v1/mailboxes/{id}/bounces``, operation ``list_mailbox_bounces`` (the low-level function:
        ``trekmail_client.api.deliverability.list_mailbox_bounces``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_mailbox_bounces", (), locals())


class DeliverabilityResourceWithRawResponse(APIResource):
    """``tm.deliverability.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list_domain_bounces(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        type_: ListDomainBouncesType | Unset = UNSET,
        recipient: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeliverabilityBounceList]:
        """List domain bounces

        ``GET /api/v1/domains/{id}/bounces``, operation ``list_domain_bounces`` (the low-level function:
        ``trekmail_client.api.deliverability.list_domain_bounces``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_domain_bounces", (), locals())

    async def get_domain(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetDomainDeliverabilityResponse200Data]:
        """Get domain deliverability

        ``GET /api/v1/domains/{id}/deliverability``, operation ``get_domain_deliverability`` (the low-level function:
        ``trekmail_client.api.deliverability.get_domain_deliverability``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_deliverability", (), locals())

    async def list_mailbox_bounces(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        type_: ListMailboxBouncesType | Unset = UNSET,
        recipient: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | Unset = 0,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeliverabilityBounceList]:
        """List mailbox bounces

        ``GET /api/v1/mailboxes/{id}/bounces``, operation ``list_mailbox_bounces`` (the low-level function:
        ``trekmail_client.api.deliverability.list_mailbox_bounces``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_mailbox_bounces", (), locals())
