"""The ``billing`` resource (``tm.billing``) and its endpoint modules (generated).

Each module ``trekmail_client.api.billing.<operation_id>`` is the low-level function layer;
:class:`BillingResource` is the layer users meet first.
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
    from ...models.billing_status import BillingStatus
    from ...models.error_response import ErrorResponse
    from ...models.invoice import Invoice
    from ...models.invoice_list import InvoiceList

__all__ = ["BillingResource", "BillingResourceWithRawResponse"]


class BillingResource(APIResource):
    """``tm.billing``: the 2 operations tagged ``billing``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> BillingResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return BillingResourceWithRawResponse(self._client)

    async def list_invoices(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Invoice]:
        """List invoices

        ``GET /api/v1/billing/invoices``, operation ``list_invoices`` (the low-level function:
        ``trekmail_client.api.billing.list_invoices``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_invoices", (), locals())

    async def get_status(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingStatus:
        """Get billing status

        ``GET /api/v1/billing/status``, operation ``get_billing_status`` (the low-level function:
        ``trekmail_client.api.billing.get_billing_status``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_billing_status", (), locals())


class BillingResourceWithRawResponse(APIResource):
    """``tm.billing.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list_invoices(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[Invoice]]:
        """List invoices

        ``GET /api/v1/billing/invoices``, operation ``list_invoices`` (the low-level function:
        ``trekmail_client.api.billing.list_invoices``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_invoices", (), locals())

    async def get_status(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BillingStatus]:
        """Get billing status

        ``GET /api/v1/billing/status``, operation ``get_billing_status`` (the low-level function:
        ``trekmail_client.api.billing.get_billing_status``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_billing_status", (), locals())
