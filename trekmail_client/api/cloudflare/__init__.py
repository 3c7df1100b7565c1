"""The ``cloudflare`` resource (``tm.cloudflare``) and its endpoint modules (generated).

Each module ``trekmail_client.api.cloudflare.<operation_id>`` is the low-level function layer;
:class:`CloudflareResource` is the layer users meet first.
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
    from ...models.apply_cloudflare_dns_response_200 import (
        ApplyCloudflareDnsResponse200,
    )
    from ...models.cloudflare_apply_request import CloudflareApplyRequest
    from ...models.cloudflare_apply_request_confirmed_conflicts import (
        CloudflareApplyRequestConfirmedConflicts,
    )
    from ...models.cloudflare_apply_request_included_records import (
        CloudflareApplyRequestIncludedRecords,
    )
    from ...models.cloudflare_connect_request import CloudflareConnectRequest
    from ...models.cloudflare_preview_request import CloudflarePreviewRequest
    from ...models.cloudflare_preview_request_confirmed_conflicts import (
        CloudflarePreviewRequestConfirmedConflicts,
    )
    from ...models.cloudflare_preview_request_included_records import (
        CloudflarePreviewRequestIncludedRecords,
    )
    from ...models.cloudflare_token import CloudflareToken
    from ...models.cloudflare_token_list import CloudflareTokenList
    from ...models.cloudflare_token_request import CloudflareTokenRequest
    from ...models.cloudflare_zone_selection import CloudflareZoneSelection
    from ...models.connect_cloudflare_domains_response_200 import (
        ConnectCloudflareDomainsResponse200,
    )
    from ...models.delete_cloudflare_token_response_200 import (
        DeleteCloudflareTokenResponse200,
    )
    from ...models.error_response import ErrorResponse
    from ...models.list_cloudflare_zones_response_200 import (
        ListCloudflareZonesResponse200,
    )
    from ...models.preview_cloudflare_dns_response_200 import (
        PreviewCloudflareDnsResponse200,
    )
    from ...models.validate_cloudflare_token_response_200 import (
        ValidateCloudflareTokenResponse200,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["CloudflareResource", "CloudflareResourceWithRawResponse"]


class CloudflareResource(APIResource):
    """``tm.cloudflare``: the 7 operations tagged ``cloudflare``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> CloudflareResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return CloudflareResourceWithRawResponse(self._client)

    @overload
    async def apply_dns(
        self,
        *,
        body: CloudflareApplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ApplyCloudflareDnsResponse200: ...

    @overload
    async def apply_dns(
        self,
        *,
        domain_ids: builtins.list[int],
        included_records: CloudflareApplyRequestIncludedRecords | Unset = UNSET,
        confirmed_conflicts: CloudflareApplyRequestConfirmedConflicts | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ApplyCloudflareDnsResponse200: ...

    async def apply_dns(
        self, *args: Any, **kwargs: Any
    ) -> ApplyCloudflareDnsResponse200:
        """Apply Cloudflare DNS changes

        ``POST /api/v1/cloudflare/apply``, operation ``apply_cloudflare_dns`` (the low-level function:
        ``trekmail_client.api.cloudflare.apply_cloudflare_dns``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("apply_cloudflare_dns", args, kwargs)

    @overload
    async def connect_domains(
        self,
        *,
        body: CloudflareConnectRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectCloudflareDomainsResponse200: ...

    @overload
    async def connect_domains(
        self,
        *,
        api_token: str,
        selected: builtins.list[CloudflareZoneSelection],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectCloudflareDomainsResponse200: ...

    async def connect_domains(
        self, *args: Any, **kwargs: Any
    ) -> ConnectCloudflareDomainsResponse200:
        """Connect Cloudflare zones

        ``POST /api/v1/cloudflare/connect``, operation ``connect_cloudflare_domains`` (the low-level function:
        ``trekmail_client.api.cloudflare.connect_cloudflare_domains``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("connect_cloudflare_domains", args, kwargs)

    @overload
    async def preview_dns(
        self,
        *,
        body: CloudflarePreviewRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PreviewCloudflareDnsResponse200: ...

    @overload
    async def preview_dns(
        self,
        *,
        domain_ids: builtins.list[int],
        included_records: CloudflarePreviewRequestIncludedRecords | Unset = UNSET,
        confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PreviewCloudflareDnsResponse200: ...

    async def preview_dns(
        self, *args: Any, **kwargs: Any
    ) -> PreviewCloudflareDnsResponse200:
        """Preview Cloudflare DNS changes

        ``POST /api/v1/cloudflare/preview``, operation ``preview_cloudflare_dns`` (the low-level function:
        ``trekmail_client.api.cloudflare.preview_cloudflare_dns``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("preview_cloudflare_dns", args, kwargs)

    async def list_tokens(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[CloudflareToken]:
        """List saved Cloudflare tokens

        ``GET /api/v1/cloudflare/tokens``, operation ``list_cloudflare_tokens`` (the low-level function:
        ``trekmail_client.api.cloudflare.list_cloudflare_tokens``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_cloudflare_tokens", (), locals())

    async def delete_token(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteCloudflareTokenResponse200 | None:
        """Delete a saved Cloudflare token

        ``DELETE /api/v1/cloudflare/tokens/{id}``, operation ``delete_cloudflare_token`` (the low-level function:
        ``trekmail_client.api.cloudflare.delete_cloudflare_token``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_cloudflare_token", (), locals())

    @overload
    async def validate_token(
        self,
        *,
        body: CloudflareTokenRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ValidateCloudflareTokenResponse200: ...

    @overload
    async def validate_token(
        self,
        *,
        api_token: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ValidateCloudflareTokenResponse200: ...

    async def validate_token(
        self, *args: Any, **kwargs: Any
    ) -> ValidateCloudflareTokenResponse200:
        """Validate a Cloudflare token

        ``POST /api/v1/cloudflare/validate-token``, operation ``validate_cloudflare_token`` (the low-level function:
        ``trekmail_client.api.cloudflare.validate_cloudflare_token``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("validate_cloudflare_token", args, kwargs)

    @overload
    async def list_zones(
        self,
        *,
        body: CloudflareTokenRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListCloudflareZonesResponse200: ...

    @overload
    async def list_zones(
        self,
        *,
        api_token: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListCloudflareZonesResponse200: ...

    async def list_zones(
        self, *args: Any, **kwargs: Any
    ) -> ListCloudflareZonesResponse200:
        """List Cloudflare zones

        ``POST /api/v1/cloudflare/zones``, operation ``list_cloudflare_zones`` (the low-level function:
        ``trekmail_client.api.cloudflare.list_cloudflare_zones``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_cloudflare_zones", args, kwargs)


class CloudflareResourceWithRawResponse(APIResource):
    """``tm.cloudflare.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def apply_dns(
        self,
        *,
        body: CloudflareApplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApplyCloudflareDnsResponse200]: ...

    @overload
    async def apply_dns(
        self,
        *,
        domain_ids: builtins.list[int],
        included_records: CloudflareApplyRequestIncludedRecords | Unset = UNSET,
        confirmed_conflicts: CloudflareApplyRequestConfirmedConflicts | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ApplyCloudflareDnsResponse200]: ...

    async def apply_dns(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ApplyCloudflareDnsResponse200]:
        """Apply Cloudflare DNS changes

        ``POST /api/v1/cloudflare/apply``, operation ``apply_cloudflare_dns`` (the low-level function:
        ``trekmail_client.api.cloudflare.apply_cloudflare_dns``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("apply_cloudflare_dns", args, kwargs)

    @overload
    async def connect_domains(
        self,
        *,
        body: CloudflareConnectRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConnectCloudflareDomainsResponse200]: ...

    @overload
    async def connect_domains(
        self,
        *,
        api_token: str,
        selected: builtins.list[CloudflareZoneSelection],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ConnectCloudflareDomainsResponse200]: ...

    async def connect_domains(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ConnectCloudflareDomainsResponse200]:
        """Connect Cloudflare zones

        ``POST /api/v1/cloudflare/connect``, operation ``connect_cloudflare_domains`` (the low-level function:
        ``trekmail_client.api.cloudflare.connect_cloudflare_domains``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("connect_cloudflare_domains", args, kwargs)

    @overload
    async def preview_dns(
        self,
        *,
        body: CloudflarePreviewRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PreviewCloudflareDnsResponse200]: ...

    @overload
    async def preview_dns(
        self,
        *,
        domain_ids: builtins.list[int],
        included_records: CloudflarePreviewRequestIncludedRecords | Unset = UNSET,
        confirmed_conflicts: CloudflarePreviewRequestConfirmedConflicts | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PreviewCloudflareDnsResponse200]: ...

    async def preview_dns(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[PreviewCloudflareDnsResponse200]:
        """Preview Cloudflare DNS changes

        ``POST /api/v1/cloudflare/preview``, operation ``preview_cloudflare_dns`` (the low-level function:
        ``trekmail_client.api.cloudflare.preview_cloudflare_dns``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("preview_cloudflare_dns", args, kwargs)

    async def list_tokens(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[CloudflareToken]]:
        """List saved Cloudflare tokens

        ``GET /api/v1/cloudflare/tokens``, operation ``list_cloudflare_tokens`` (the low-level function:
        ``trekmail_client.api.cloudflare.list_cloudflare_tokens``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_cloudflare_tokens", (), locals())

    async def delete_token(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteCloudflareTokenResponse200 | None]:
        """Delete a saved Cloudflare token

        ``DELETE /api/v1/cloudflare/tokens/{id}``, operation ``delete_cloudflare_token`` (the low-level function:
        ``trekmail_client.api.cloudflare.delete_cloudflare_token``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_cloudflare_token", (), locals())

    @overload
    async def validate_token(
        self,
        *,
        body: CloudflareTokenRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ValidateCloudflareTokenResponse200]: ...

    @overload
    async def validate_token(
        self,
        *,
        api_token: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ValidateCloudflareTokenResponse200]: ...

    async def validate_token(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ValidateCloudflareTokenResponse200]:
        """Validate a Cloudflare token

        ``POST /api/v1/cloudflare/validate-token``, operation ``validate_cloudflare_token`` (the low-level function:
        ``trekmail_client.api.cloudflare.validate_cloudflare_token``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("validate_cloudflare_token", args, kwargs)

    @overload
    async def list_zones(
        self,
        *,
        body: CloudflareTokenRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListCloudflareZonesResponse200]: ...

    @overload
    async def list_zones(
        self,
        *,
        api_token: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListCloudflareZonesResponse200]: ...

    async def list_zones(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ListCloudflareZonesResponse200]:
        """List Cloudflare zones

        ``POST /api/v1/cloudflare/zones``, operation ``list_cloudflare_zones`` (the low-level function:
        ``trekmail_client.api.cloudflare.list_cloudflare_zones``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_cloudflare_zones", args, kwargs)
