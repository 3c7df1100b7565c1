"""The ``domains`` resource (``tm.domains``) and its endpoint modules (generated).

Each module ``trekmail_client.api.domains.<operation_id>`` is the low-level function layer;
:class:`DomainsResource` is the layer users meet first.
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
    from ...models.catch_all_update_request import CatchAllUpdateRequest
    from ...models.delete_domain_response_200 import DeleteDomainResponse200
    from ...models.domain import Domain
    from ...models.domain_alias_set_request import DomainAliasSetRequest
    from ...models.domain_alias_status import DomainAliasStatus
    from ...models.domain_bulk_add_error_response import DomainBulkAddErrorResponse
    from ...models.domain_bulk_add_request import DomainBulkAddRequest
    from ...models.domain_bulk_add_result import DomainBulkAddResult
    from ...models.domain_create_request import DomainCreateRequest
    from ...models.domain_create_request_mail_hosting import (
        check_domain_create_request_mail_hosting,
    )
    from ...models.domain_create_request_mail_hosting import (
        DomainCreateRequestMailHosting,
    )
    from ...models.domain_forwarding_address import DomainForwardingAddress
    from ...models.domain_forwarding_address_create_request import (
        DomainForwardingAddressCreateRequest,
    )
    from ...models.domain_forwarding_address_list import DomainForwardingAddressList
    from ...models.domain_forwarding_address_response import (
        DomainForwardingAddressResponse,
    )
    from ...models.domain_forwarding_address_update_request import (
        DomainForwardingAddressUpdateRequest,
    )
    from ...models.domain_forwarding_log import DomainForwardingLog
    from ...models.domain_list import DomainList
    from ...models.domain_mail_hosting_request import DomainMailHostingRequest
    from ...models.domain_mail_hosting_request_mail_hosting import (
        check_domain_mail_hosting_request_mail_hosting,
    )
    from ...models.domain_mail_hosting_request_mail_hosting import (
        DomainMailHostingRequestMailHosting,
    )
    from ...models.domain_note_request import DomainNoteRequest
    from ...models.domain_response import DomainResponse
    from ...models.domain_signature import DomainSignature
    from ...models.domain_signature_response import DomainSignatureResponse
    from ...models.domain_signature_update_request import DomainSignatureUpdateRequest
    from ...models.domain_signature_update_request_signature_mode import (
        check_domain_signature_update_request_signature_mode,
    )
    from ...models.domain_signature_update_request_signature_mode import (
        DomainSignatureUpdateRequestSignatureMode,
    )
    from ...models.domain_signature_update_request_signature_position import (
        check_domain_signature_update_request_signature_position,
    )
    from ...models.domain_signature_update_request_signature_position import (
        DomainSignatureUpdateRequestSignaturePosition,
    )
    from ...models.error_response import ErrorResponse
    from ...models.forwarding_address_delete_result import ForwardingAddressDeleteResult
    from ...models.get_spam_metrics_response_200 import GetSpamMetricsResponse200
    from ...models.get_spam_summary_response_200 import GetSpamSummaryResponse200
    from ...models.list_domains_status import check_list_domains_status
    from ...models.list_domains_status import ListDomainsStatus
    from ...models.retry_domain_dkim_response_200 import RetryDomainDkimResponse200
    from ...models.set_domain_mail_hosting_response_200 import (
        SetDomainMailHostingResponse200,
    )
    from ...models.update_domain_catch_all_response_200 import (
        UpdateDomainCatchAllResponse200,
    )
    from ...models.update_domain_note_response_200 import UpdateDomainNoteResponse200
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["DomainsResource", "DomainsResourceWithRawResponse"]


class DomainsResource(APIResource):
    """``tm.domains``: the 21 operations tagged ``domains``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DomainsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DomainsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        status: ListDomainsStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Domain, DomainList]:
        """List domains

        ``GET /api/v1/domains``, operation ``list_domains`` (the low-level function:
        ``trekmail_client.api.domains.list_domains``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_domains", (), locals())

    @overload
    async def create(
        self,
        *,
        body: DomainCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Domain: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        mail_hosting: DomainCreateRequestMailHosting | Unset = "trekmail",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Domain: ...

    async def create(self, *args: Any, **kwargs: Any) -> Domain:
        """Add a domain

        ``POST /api/v1/domains``, operation ``create_domain`` (the low-level function:
        ``trekmail_client.api.domains.create_domain``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_domain", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Domain:
        """Get a domain

        ``GET /api/v1/domains/{id}``, operation ``get_domain`` (the low-level function:
        ``trekmail_client.api.domains.get_domain``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain", (), locals())

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteDomainResponse200 | None:
        """Delete a domain

        ``DELETE /api/v1/domains/{id}``, operation ``delete_domain`` (the low-level function:
        ``trekmail_client.api.domains.delete_domain``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_domain", (), locals())

    @overload
    async def update_catch_all(
        self,
        id: int,
        *,
        body: CatchAllUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainCatchAllResponse200: ...

    @overload
    async def update_catch_all(
        self,
        id: int,
        *,
        enabled: bool,
        destination: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainCatchAllResponse200: ...

    async def update_catch_all(
        self, *args: Any, **kwargs: Any
    ) -> UpdateDomainCatchAllResponse200:
        """Set the domain catch-all

        ``PATCH /api/v1/domains/{id}/catch-all``, operation ``update_domain_catch_all`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_catch_all``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_domain_catch_all", args, kwargs)

    async def retry_dkim(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RetryDomainDkimResponse200:
        """Retry DKIM provisioning

        ``POST /api/v1/domains/{id}/dkim:retry``, operation ``retry_domain_dkim`` (the low-level function:
        ``trekmail_client.api.domains.retry_domain_dkim``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("retry_domain_dkim", (), locals())

    async def list_forwarding_addresses(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingAddressList:
        """List domain forwarding addresses

        ``GET /api/v1/domains/{id}/forwarding-addresses``, operation ``list_forwarding_addresses`` (the low-level function:
        ``trekmail_client.api.domains.list_forwarding_addresses``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_forwarding_addresses", (), locals())

    @overload
    async def create_forwarding_address(
        self,
        id: int,
        *,
        body: DomainForwardingAddressCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingAddress: ...

    @overload
    async def create_forwarding_address(
        self,
        id: int,
        *,
        local_part: str,
        recipients: builtins.list[str],
        is_active: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingAddress: ...

    async def create_forwarding_address(
        self, *args: Any, **kwargs: Any
    ) -> DomainForwardingAddress:
        """Create a domain forwarding address

        ``POST /api/v1/domains/{id}/forwarding-addresses``, operation ``create_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.create_forwarding_address``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_forwarding_address", args, kwargs)

    async def delete_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ForwardingAddressDeleteResult | None:
        """Delete a domain forwarding address

        ``DELETE /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}``, operation ``delete_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.delete_forwarding_address``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_forwarding_address", (), locals())

    @overload
    async def update_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        body: DomainForwardingAddressUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingAddress: ...

    @overload
    async def update_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        recipients: builtins.list[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingAddress: ...

    async def update_forwarding_address(
        self, *args: Any, **kwargs: Any
    ) -> DomainForwardingAddress:
        """Update a domain forwarding address

        ``PATCH /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}``, operation ``update_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.update_forwarding_address``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_forwarding_address", args, kwargs)

    async def get_forwarding_address_log(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainForwardingLog:
        """Get a forwarding address log

        ``GET /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log``, operation ``get_forwarding_address_log`` (the low-level function:
        ``trekmail_client.api.domains.get_forwarding_address_log``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_forwarding_address_log", (), locals())

    @overload
    async def set_mail_hosting(
        self,
        id: int,
        *,
        body: DomainMailHostingRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SetDomainMailHostingResponse200: ...

    @overload
    async def set_mail_hosting(
        self,
        id: int,
        *,
        mail_hosting: DomainMailHostingRequestMailHosting,
        confirm_mailboxes_stop_receiving: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SetDomainMailHostingResponse200: ...

    async def set_mail_hosting(
        self, *args: Any, **kwargs: Any
    ) -> SetDomainMailHostingResponse200:
        """Set the domain mail hosting

        ``PATCH /api/v1/domains/{id}/mail-hosting``, operation ``set_domain_mail_hosting`` (the low-level function:
        ``trekmail_client.api.domains.set_domain_mail_hosting``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_domain_mail_hosting", args, kwargs)

    async def get_alias(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainAliasStatus:
        """Get the domain alias state

        ``GET /api/v1/domains/{id}/matching-addresses``, operation ``get_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.get_domain_alias``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_alias", (), locals())

    @overload
    async def set_alias(
        self,
        id: int,
        *,
        body: DomainAliasSetRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainAliasStatus: ...

    @overload
    async def set_alias(
        self,
        id: int,
        *,
        primary_domain_id: int,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainAliasStatus: ...

    async def set_alias(self, *args: Any, **kwargs: Any) -> DomainAliasStatus:
        """Make the domain an alias

        ``PUT /api/v1/domains/{id}/matching-addresses``, operation ``set_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.set_domain_alias``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_domain_alias", args, kwargs)

    async def remove_alias(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainAliasStatus | None:
        """Remove the domain alias

        ``DELETE /api/v1/domains/{id}/matching-addresses``, operation ``remove_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.remove_domain_alias``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("remove_domain_alias", (), locals())

    @overload
    async def update_note(
        self,
        id: int,
        *,
        body: DomainNoteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainNoteResponse200: ...

    @overload
    async def update_note(
        self,
        id: int,
        *,
        note: None | str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainNoteResponse200: ...

    async def update_note(
        self, *args: Any, **kwargs: Any
    ) -> UpdateDomainNoteResponse200:
        """Set a domain note

        ``PATCH /api/v1/domains/{id}/note``, operation ``update_domain_note`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_note``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_domain_note", args, kwargs)

    async def get_signature(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSignature:
        """Get the domain signature

        ``GET /api/v1/domains/{id}/signature``, operation ``get_domain_signature`` (the low-level function:
        ``trekmail_client.api.domains.get_domain_signature``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_signature", (), locals())

    @overload
    async def update_signature(
        self,
        id: int,
        *,
        body: DomainSignatureUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSignature: ...

    @overload
    async def update_signature(
        self,
        id: int,
        *,
        signature_mode: DomainSignatureUpdateRequestSignatureMode,
        signature_position: DomainSignatureUpdateRequestSignaturePosition
        | Unset = "before_reply",
        signature_html: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSignature: ...

    async def update_signature(self, *args: Any, **kwargs: Any) -> DomainSignature:
        """Set the domain signature

        ``PATCH /api/v1/domains/{id}/signature``, operation ``update_domain_signature`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_signature``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_domain_signature", args, kwargs)

    async def get_spam_metrics(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetSpamMetricsResponse200:
        """Get domain spam metrics

        ``GET /api/v1/domains/{id}/spam-metrics``, operation ``get_spam_metrics`` (the low-level function:
        ``trekmail_client.api.domains.get_spam_metrics``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_spam_metrics", (), locals())

    async def get_spam_summary(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetSpamSummaryResponse200:
        """Get the domain spam summary

        ``GET /api/v1/domains/{id}/spam-metrics/summary``, operation ``get_spam_summary`` (the low-level function:
        ``trekmail_client.api.domains.get_spam_summary``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_spam_summary", (), locals())

    @overload
    async def bulk_add(
        self,
        *,
        body: DomainBulkAddRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBulkAddResult: ...

    @overload
    async def bulk_add(
        self,
        *,
        domains: builtins.list[str],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBulkAddResult: ...

    async def bulk_add(self, *args: Any, **kwargs: Any) -> DomainBulkAddResult:
        """Add domains in bulk

        ``POST /api/v1/domains:bulk-add``, operation ``bulk_add_domains`` (the low-level function:
        ``trekmail_client.api.domains.bulk_add_domains``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("bulk_add_domains", args, kwargs)


class DomainsResourceWithRawResponse(APIResource):
    """``tm.domains.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        status: ListDomainsStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainList]:
        """List domains

        ``GET /api/v1/domains``, operation ``list_domains`` (the low-level function:
        ``trekmail_client.api.domains.list_domains``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_domains", (), locals())

    @overload
    async def create(
        self,
        *,
        body: DomainCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Domain]: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        mail_hosting: DomainCreateRequestMailHosting | Unset = "trekmail",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Domain]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[Domain]:
        """Add a domain

        ``POST /api/v1/domains``, operation ``create_domain`` (the low-level function:
        ``trekmail_client.api.domains.create_domain``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_domain", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Domain]:
        """Get a domain

        ``GET /api/v1/domains/{id}``, operation ``get_domain`` (the low-level function:
        ``trekmail_client.api.domains.get_domain``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain", (), locals())

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteDomainResponse200 | None]:
        """Delete a domain

        ``DELETE /api/v1/domains/{id}``, operation ``delete_domain`` (the low-level function:
        ``trekmail_client.api.domains.delete_domain``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_domain", (), locals())

    @overload
    async def update_catch_all(
        self,
        id: int,
        *,
        body: CatchAllUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainCatchAllResponse200]: ...

    @overload
    async def update_catch_all(
        self,
        id: int,
        *,
        enabled: bool,
        destination: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainCatchAllResponse200]: ...

    async def update_catch_all(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateDomainCatchAllResponse200]:
        """Set the domain catch-all

        ``PATCH /api/v1/domains/{id}/catch-all``, operation ``update_domain_catch_all`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_catch_all``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_domain_catch_all", args, kwargs)

    async def retry_dkim(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RetryDomainDkimResponse200]:
        """Retry DKIM provisioning

        ``POST /api/v1/domains/{id}/dkim:retry``, operation ``retry_domain_dkim`` (the low-level function:
        ``trekmail_client.api.domains.retry_domain_dkim``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("retry_domain_dkim", (), locals())

    async def list_forwarding_addresses(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingAddressList]:
        """List domain forwarding addresses

        ``GET /api/v1/domains/{id}/forwarding-addresses``, operation ``list_forwarding_addresses`` (the low-level function:
        ``trekmail_client.api.domains.list_forwarding_addresses``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_forwarding_addresses", (), locals())

    @overload
    async def create_forwarding_address(
        self,
        id: int,
        *,
        body: DomainForwardingAddressCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingAddress]: ...

    @overload
    async def create_forwarding_address(
        self,
        id: int,
        *,
        local_part: str,
        recipients: builtins.list[str],
        is_active: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingAddress]: ...

    async def create_forwarding_address(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DomainForwardingAddress]:
        """Create a domain forwarding address

        ``POST /api/v1/domains/{id}/forwarding-addresses``, operation ``create_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.create_forwarding_address``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_forwarding_address", args, kwargs)

    async def delete_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ForwardingAddressDeleteResult | None]:
        """Delete a domain forwarding address

        ``DELETE /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}``, operation ``delete_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.delete_forwarding_address``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_forwarding_address", (), locals())

    @overload
    async def update_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        body: DomainForwardingAddressUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingAddress]: ...

    @overload
    async def update_forwarding_address(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        recipients: builtins.list[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingAddress]: ...

    async def update_forwarding_address(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DomainForwardingAddress]:
        """Update a domain forwarding address

        ``PATCH /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}``, operation ``update_forwarding_address`` (the low-level function:
        ``trekmail_client.api.domains.update_forwarding_address``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_forwarding_address", args, kwargs)

    async def get_forwarding_address_log(
        self,
        id: int,
        forwarding_address_id: int,
        *,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainForwardingLog]:
        """Get a forwarding address log

        ``GET /api/v1/domains/{id}/forwarding-addresses/{forwarding_address_id}/log``, operation ``get_forwarding_address_log`` (the low-level function:
        ``trekmail_client.api.domains.get_forwarding_address_log``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_forwarding_address_log", (), locals())

    @overload
    async def set_mail_hosting(
        self,
        id: int,
        *,
        body: DomainMailHostingRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SetDomainMailHostingResponse200]: ...

    @overload
    async def set_mail_hosting(
        self,
        id: int,
        *,
        mail_hosting: DomainMailHostingRequestMailHosting,
        confirm_mailboxes_stop_receiving: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SetDomainMailHostingResponse200]: ...

    async def set_mail_hosting(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[SetDomainMailHostingResponse200]:
        """Set the domain mail hosting

        ``PATCH /api/v1/domains/{id}/mail-hosting``, operation ``set_domain_mail_hosting`` (the low-level function:
        ``trekmail_client.api.domains.set_domain_mail_hosting``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_domain_mail_hosting", args, kwargs)

    async def get_alias(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainAliasStatus]:
        """Get the domain alias state

        ``GET /api/v1/domains/{id}/matching-addresses``, operation ``get_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.get_domain_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_alias", (), locals())

    @overload
    async def set_alias(
        self,
        id: int,
        *,
        body: DomainAliasSetRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainAliasStatus]: ...

    @overload
    async def set_alias(
        self,
        id: int,
        *,
        primary_domain_id: int,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainAliasStatus]: ...

    async def set_alias(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DomainAliasStatus]:
        """Make the domain an alias

        ``PUT /api/v1/domains/{id}/matching-addresses``, operation ``set_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.set_domain_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_domain_alias", args, kwargs)

    async def remove_alias(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainAliasStatus | None]:
        """Remove the domain alias

        ``DELETE /api/v1/domains/{id}/matching-addresses``, operation ``remove_domain_alias`` (the low-level function:
        ``trekmail_client.api.domains.remove_domain_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("remove_domain_alias", (), locals())

    @overload
    async def update_note(
        self,
        id: int,
        *,
        body: DomainNoteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainNoteResponse200]: ...

    @overload
    async def update_note(
        self,
        id: int,
        *,
        note: None | str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainNoteResponse200]: ...

    async def update_note(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateDomainNoteResponse200]:
        """Set a domain note

        ``PATCH /api/v1/domains/{id}/note``, operation ``update_domain_note`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_note``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_domain_note", args, kwargs)

    async def get_signature(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSignature]:
        """Get the domain signature

        ``GET /api/v1/domains/{id}/signature``, operation ``get_domain_signature`` (the low-level function:
        ``trekmail_client.api.domains.get_domain_signature``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_signature", (), locals())

    @overload
    async def update_signature(
        self,
        id: int,
        *,
        body: DomainSignatureUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSignature]: ...

    @overload
    async def update_signature(
        self,
        id: int,
        *,
        signature_mode: DomainSignatureUpdateRequestSignatureMode,
        signature_position: DomainSignatureUpdateRequestSignaturePosition
        | Unset = "before_reply",
        signature_html: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSignature]: ...

    async def update_signature(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DomainSignature]:
        """Set the domain signature

        ``PATCH /api/v1/domains/{id}/signature``, operation ``update_domain_signature`` (the low-level function:
        ``trekmail_client.api.domains.update_domain_signature``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_domain_signature", args, kwargs)

    async def get_spam_metrics(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetSpamMetricsResponse200]:
        """Get domain spam metrics

        ``GET /api/v1/domains/{id}/spam-metrics``, operation ``get_spam_metrics`` (the low-level function:
        ``trekmail_client.api.domains.get_spam_metrics``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_spam_metrics", (), locals())

    async def get_spam_summary(
        self,
        id: int,
        *,
        days: int | Unset = 30,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetSpamSummaryResponse200]:
        """Get the domain spam summary

        ``GET /api/v1/domains/{id}/spam-metrics/summary``, operation ``get_spam_summary`` (the low-level function:
        ``trekmail_client.api.domains.get_spam_summary``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_spam_summary", (), locals())

    @overload
    async def bulk_add(
        self,
        *,
        body: DomainBulkAddRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBulkAddResult]: ...

    @overload
    async def bulk_add(
        self,
        *,
        domains: builtins.list[str],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBulkAddResult]: ...

    async def bulk_add(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DomainBulkAddResult]:
        """Add domains in bulk

        ``POST /api/v1/domains:bulk-add``, operation ``bulk_add_domains`` (the low-level function:
        ``trekmail_client.api.domains.bulk_add_domains``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("bulk_add_domains", args, kwargs)
