"""The ``branding`` resource (``tm.branding``) and its endpoint modules (generated).

Each module ``trekmail_client.api.branding.<operation_id>`` is the low-level function layer;
:class:`BrandingResource` is the layer users meet first.
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
    from ...models.brand_logo_request import BrandLogoRequest
    from ...models.brand_logo_request_scope import BrandLogoRequestScope
    from ...models.brand_logo_request_scope import check_brand_logo_request_scope
    from ...models.branding_dns_verification import BrandingDnsVerification
    from ...models.branding_dns_verification_response import (
        BrandingDnsVerificationResponse,
    )
    from ...models.branding_preview import BrandingPreview
    from ...models.branding_preview_response import BrandingPreviewResponse
    from ...models.branding_update_request import BrandingUpdateRequest
    from ...models.branding_update_request_mode import BrandingUpdateRequestMode
    from ...models.branding_update_request_mode import (
        check_branding_update_request_mode,
    )
    from ...models.branding_update_request_scope import BrandingUpdateRequestScope
    from ...models.branding_update_request_scope import (
        check_branding_update_request_scope,
    )
    from ...models.domain_branding import DomainBranding
    from ...models.domain_branding_response import DomainBrandingResponse
    from ...models.error_response import ErrorResponse
    from ...models.remove_domain_brand_logo_response_200 import (
        RemoveDomainBrandLogoResponse200,
    )
    from ...models.remove_domain_brand_logo_slot import (
        check_remove_domain_brand_logo_slot,
    )
    from ...models.remove_domain_brand_logo_slot import RemoveDomainBrandLogoSlot
    from ...models.remove_domain_branding_response_200 import (
        RemoveDomainBrandingResponse200,
    )
    from ...models.remove_domain_branding_scope import (
        check_remove_domain_branding_scope,
    )
    from ...models.remove_domain_branding_scope import RemoveDomainBrandingScope
    from ...models.set_domain_brand_logo_slot import check_set_domain_brand_logo_slot
    from ...models.set_domain_brand_logo_slot import SetDomainBrandLogoSlot
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["BrandingResource", "BrandingResourceWithRawResponse"]


class BrandingResource(APIResource):
    """``tm.branding``: the 7 operations tagged ``branding``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> BrandingResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return BrandingResourceWithRawResponse(self._client)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding:
        """Get domain branding

        ``GET /api/v1/domains/{id}/branding``, operation ``get_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.get_domain_branding``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_branding", (), locals())

    async def remove(
        self,
        id: int,
        *,
        scope: RemoveDomainBrandingScope | Unset = "domain",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding | None:
        """Clear domain branding

        ``DELETE /api/v1/domains/{id}/branding``, operation ``remove_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.remove_domain_branding``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("remove_domain_branding", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: BrandingUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        mode: BrandingUpdateRequestMode | Unset = UNSET,
        name: str | Unset = UNSET,
        primary_color: str | Unset = UNSET,
        accent_color: str | Unset = UNSET,
        dashboard_enabled: bool | Unset = UNSET,
        dashboard_label: str | Unset = UNSET,
        webmail_enabled: bool | Unset = UNSET,
        webmail_label: str | Unset = UNSET,
        mail_zone_enabled: bool | Unset = UNSET,
        support_email: None | str | Unset = UNSET,
        support_url: None | str | Unset = UNSET,
        sender_email: None | str | Unset = UNSET,
        scope: BrandingUpdateRequestScope | Unset = "domain",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding: ...

    async def set(self, *args: Any, **kwargs: Any) -> DomainBranding:
        """Update domain branding

        ``PATCH /api/v1/domains/{id}/branding``, operation ``set_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.set_domain_branding``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_domain_branding", args, kwargs)

    @overload
    async def set_logo(
        self,
        id: int,
        slot: SetDomainBrandLogoSlot,
        *,
        body: BrandLogoRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding: ...

    @overload
    async def set_logo(
        self,
        id: int,
        slot: SetDomainBrandLogoSlot,
        *,
        content_base64: str,
        scope: BrandLogoRequestScope | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainBranding: ...

    async def set_logo(self, *args: Any, **kwargs: Any) -> DomainBranding:
        """Upload a brand logo

        ``PUT /api/v1/domains/{id}/branding/logo/{slot}``, operation ``set_domain_brand_logo`` (the low-level function:
        ``trekmail_client.api.branding.set_domain_brand_logo``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_domain_brand_logo", args, kwargs)

    async def remove_logo(
        self,
        id: int,
        slot: RemoveDomainBrandLogoSlot,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemoveDomainBrandLogoResponse200 | None:
        """Remove a brand logo

        ``DELETE /api/v1/domains/{id}/branding/logo/{slot}``, operation ``remove_domain_brand_logo`` (the low-level function:
        ``trekmail_client.api.branding.remove_domain_brand_logo``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("remove_domain_brand_logo", (), locals())

    async def create_preview(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BrandingPreview:
        """Create a branding preview

        ``POST /api/v1/domains/{id}/branding/preview``, operation ``create_branding_preview`` (the low-level function:
        ``trekmail_client.api.branding.create_branding_preview``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_branding_preview", (), locals())

    async def verify_dns(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BrandingDnsVerification:
        """Verify branding DNS

        ``POST /api/v1/domains/{id}/branding/verify-dns``, operation ``verify_domain_branding_dns`` (the low-level function:
        ``trekmail_client.api.branding.verify_domain_branding_dns``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_domain_branding_dns", (), locals())


class BrandingResourceWithRawResponse(APIResource):
    """``tm.branding.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding]:
        """Get domain branding

        ``GET /api/v1/domains/{id}/branding``, operation ``get_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.get_domain_branding``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_branding", (), locals())

    async def remove(
        self,
        id: int,
        *,
        scope: RemoveDomainBrandingScope | Unset = "domain",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding | None]:
        """Clear domain branding

        ``DELETE /api/v1/domains/{id}/branding``, operation ``remove_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.remove_domain_branding``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("remove_domain_branding", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: BrandingUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding]: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        mode: BrandingUpdateRequestMode | Unset = UNSET,
        name: str | Unset = UNSET,
        primary_color: str | Unset = UNSET,
        accent_color: str | Unset = UNSET,
        dashboard_enabled: bool | Unset = UNSET,
        dashboard_label: str | Unset = UNSET,
        webmail_enabled: bool | Unset = UNSET,
        webmail_label: str | Unset = UNSET,
        mail_zone_enabled: bool | Unset = UNSET,
        support_email: None | str | Unset = UNSET,
        support_url: None | str | Unset = UNSET,
        sender_email: None | str | Unset = UNSET,
        scope: BrandingUpdateRequestScope | Unset = "domain",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding]: ...

    async def set(self, *args: Any, **kwargs: Any) -> RawResponse[DomainBranding]:
        """Update domain branding

        ``PATCH /api/v1/domains/{id}/branding``, operation ``set_domain_branding`` (the low-level function:
        ``trekmail_client.api.branding.set_domain_branding``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_domain_branding", args, kwargs)

    @overload
    async def set_logo(
        self,
        id: int,
        slot: SetDomainBrandLogoSlot,
        *,
        body: BrandLogoRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding]: ...

    @overload
    async def set_logo(
        self,
        id: int,
        slot: SetDomainBrandLogoSlot,
        *,
        content_base64: str,
        scope: BrandLogoRequestScope | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainBranding]: ...

    async def set_logo(self, *args: Any, **kwargs: Any) -> RawResponse[DomainBranding]:
        """Upload a brand logo

        ``PUT /api/v1/domains/{id}/branding/logo/{slot}``, operation ``set_domain_brand_logo`` (the low-level function:
        ``trekmail_client.api.branding.set_domain_brand_logo``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_domain_brand_logo", args, kwargs)

    async def remove_logo(
        self,
        id: int,
        slot: RemoveDomainBrandLogoSlot,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RemoveDomainBrandLogoResponse200 | None]:
        """Remove a brand logo

        ``DELETE /api/v1/domains/{id}/branding/logo/{slot}``, operation ``remove_domain_brand_logo`` (the low-level function:
        ``trekmail_client.api.branding.remove_domain_brand_logo``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("remove_domain_brand_logo", (), locals())

    async def create_preview(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BrandingPreview]:
        """Create a branding preview

        ``POST /api/v1/domains/{id}/branding/preview``, operation ``create_branding_preview`` (the low-level function:
        ``trekmail_client.api.branding.create_branding_preview``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_branding_preview", (), locals())

    async def verify_dns(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BrandingDnsVerification]:
        """Verify branding DNS

        ``POST /api/v1/domains/{id}/branding/verify-dns``, operation ``verify_domain_branding_dns`` (the low-level function:
        ``trekmail_client.api.branding.verify_domain_branding_dns``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_domain_branding_dns", (), locals())
