"""The ``dns`` resource (``tm.dns``) and its endpoint modules (generated).

Each module ``trekmail_client.api.dns.<operation_id>`` is the low-level function layer;
:class:`DnsResource` is the layer users meet first.
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
    from ...models.dns_check import DnsCheck
    from ...models.dns_recheck_result import DnsRecheckResult
    from ...models.error_response import ErrorResponse
    from ...models.get_dns_requirements_response_200 import (
        GetDnsRequirementsResponse200,
    )
    from ...models.get_domain_connect_setup_response_200 import (
        GetDomainConnectSetupResponse200,
    )
    from ...types import UNSET, Unset

__all__ = ["DnsResource", "DnsResourceWithRawResponse"]


class DnsResource(APIResource):
    """``tm.dns``: the 4 operations tagged ``dns``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DnsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DnsResourceWithRawResponse(self._client)

    async def get_check(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DnsCheck:
        """Get a DNS check

        ``GET /api/v1/dns-checks/{id}``, operation ``get_dns_check`` (the low-level function:
        ``trekmail_client.api.dns.get_dns_check``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_dns_check", (), locals())

    async def recheck(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DnsRecheckResult:
        """Re-check DNS

        ``POST /api/v1/domains/{id}/dns-recheck``, operation ``dns_recheck`` (the low-level function:
        ``trekmail_client.api.dns.dns_recheck``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("dns_recheck", (), locals())

    async def get_requirements(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDnsRequirementsResponse200:
        """Get DNS requirements

        ``GET /api/v1/domains/{id}/dns-requirements``, operation ``get_dns_requirements`` (the low-level function:
        ``trekmail_client.api.dns.get_dns_requirements``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_dns_requirements", (), locals())

    async def get_domain_connect_setup(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDomainConnectSetupResponse200:
        """Get the Domain Connect setup

        ``GET /api/v1/domains/{id}/domain-connect/setup``, operation ``get_domain_connect_setup`` (the low-level function:
        ``trekmail_client.api.dns.get_domain_connect_setup``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_connect_setup", (), locals())


class DnsResourceWithRawResponse(APIResource):
    """``tm.dns.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get_check(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DnsCheck]:
        """Get a DNS check

        ``GET /api/v1/dns-checks/{id}``, operation ``get_dns_check`` (the low-level function:
        ``trekmail_client.api.dns.get_dns_check``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_dns_check", (), locals())

    async def recheck(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DnsRecheckResult]:
        """Re-check DNS

        ``POST /api/v1/domains/{id}/dns-recheck``, operation ``dns_recheck`` (the low-level function:
        ``trekmail_client.api.dns.dns_recheck``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("dns_recheck", (), locals())

    async def get_requirements(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetDnsRequirementsResponse200]:
        """Get DNS requirements

        ``GET /api/v1/domains/{id}/dns-requirements``, operation ``get_dns_requirements`` (the low-level function:
        ``trekmail_client.api.dns.get_dns_requirements``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_dns_requirements", (), locals())

    async def get_domain_connect_setup(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetDomainConnectSetupResponse200]:
        """Get the Domain Connect setup

        ``GET /api/v1/domains/{id}/domain-connect/setup``, operation ``get_domain_connect_setup`` (the low-level function:
        ``trekmail_client.api.dns.get_domain_connect_setup``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_connect_setup", (), locals())
