"""The ``smtp`` resource (``tm.smtp``) and its endpoint modules (generated).

Each module ``trekmail_client.api.smtp.<operation_id>`` is the low-level function layer;
:class:`SmtpResource` is the layer users meet first.
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
    from ...models.create_domain_smtp_profile_result import (
        CreateDomainSmtpProfileResult,
    )
    from ...models.delete_smtp_connection_response_200 import (
        DeleteSmtpConnectionResponse200,
    )
    from ...models.domain_smtp import DomainSmtp
    from ...models.domain_smtp_response import DomainSmtpResponse
    from ...models.domain_smtp_test_request import DomainSmtpTestRequest
    from ...models.domain_smtp_test_request_encryption import (
        check_domain_smtp_test_request_encryption,
    )
    from ...models.domain_smtp_test_request_encryption import (
        DomainSmtpTestRequestEncryption,
    )
    from ...models.domain_smtp_test_request_mode import (
        check_domain_smtp_test_request_mode,
    )
    from ...models.domain_smtp_test_request_mode import DomainSmtpTestRequestMode
    from ...models.domain_smtp_update_request import DomainSmtpUpdateRequest
    from ...models.domain_smtp_update_request_smtp_mode import (
        check_domain_smtp_update_request_smtp_mode,
    )
    from ...models.domain_smtp_update_request_smtp_mode import (
        DomainSmtpUpdateRequestSmtpMode,
    )
    from ...models.error_response import ErrorResponse
    from ...models.get_smtp_test_status_response_200 import GetSmtpTestStatusResponse200
    from ...models.legacy_smtp_config import LegacySmtpConfig
    from ...models.legacy_smtp_test_request import LegacySmtpTestRequest
    from ...models.legacy_smtp_test_request_encryption import (
        check_legacy_smtp_test_request_encryption,
    )
    from ...models.legacy_smtp_test_request_encryption import (
        LegacySmtpTestRequestEncryption,
    )
    from ...models.legacy_smtp_update_request import LegacySmtpUpdateRequest
    from ...models.legacy_smtp_update_request_encryption import (
        check_legacy_smtp_update_request_encryption,
    )
    from ...models.legacy_smtp_update_request_encryption import (
        LegacySmtpUpdateRequestEncryption,
    )
    from ...models.legacy_smtp_update_request_mode import (
        check_legacy_smtp_update_request_mode,
    )
    from ...models.legacy_smtp_update_request_mode import LegacySmtpUpdateRequestMode
    from ...models.smtp_default import SmtpDefault
    from ...models.smtp_default_response import SmtpDefaultResponse
    from ...models.smtp_default_update_request import SmtpDefaultUpdateRequest
    from ...models.smtp_default_update_request_smtp_mode import (
        check_smtp_default_update_request_smtp_mode,
    )
    from ...models.smtp_default_update_request_smtp_mode import (
        SmtpDefaultUpdateRequestSmtpMode,
    )
    from ...models.smtp_profile import SmtpProfile
    from ...models.smtp_profile_create_request import SmtpProfileCreateRequest
    from ...models.smtp_profile_create_request_encryption import (
        check_smtp_profile_create_request_encryption,
    )
    from ...models.smtp_profile_create_request_encryption import (
        SmtpProfileCreateRequestEncryption,
    )
    from ...models.smtp_profile_create_request_port import (
        check_smtp_profile_create_request_port,
    )
    from ...models.smtp_profile_create_request_port import SmtpProfileCreateRequestPort
    from ...models.smtp_profile_delete_result import SmtpProfileDeleteResult
    from ...models.smtp_profile_delete_result_data import SmtpProfileDeleteResultData
    from ...models.smtp_profile_list import SmtpProfileList
    from ...models.smtp_profile_update_request import SmtpProfileUpdateRequest
    from ...models.smtp_profile_update_request_encryption import (
        check_smtp_profile_update_request_encryption,
    )
    from ...models.smtp_profile_update_request_encryption import (
        SmtpProfileUpdateRequestEncryption,
    )
    from ...models.smtp_profile_update_request_port import (
        check_smtp_profile_update_request_port,
    )
    from ...models.smtp_profile_update_request_port import SmtpProfileUpdateRequestPort
    from ...models.smtp_profile_usage import SmtpProfileUsage
    from ...models.smtp_profile_usage_response import SmtpProfileUsageResponse
    from ...models.smtp_test_job import SmtpTestJob
    from ...models.smtp_test_status_response import SmtpTestStatusResponse
    from ...models.smtp_test_status_response_data import SmtpTestStatusResponseData
    from ...models.update_domain_smtp_profile_response_200 import (
        UpdateDomainSmtpProfileResponse200,
    )
    from ...models.update_smtp_config_response_200 import UpdateSmtpConfigResponse200
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["SmtpResource", "SmtpResourceWithRawResponse"]


class SmtpResource(APIResource):
    """``tm.smtp``: the 16 operations tagged ``smtp``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> SmtpResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return SmtpResourceWithRawResponse(self._client)

    async def get_domain(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSmtp:
        """Get the domain SMTP route

        ``GET /api/v1/domains/{id}/smtp``, operation ``get_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_smtp", (), locals())

    @overload
    async def set_domain(
        self,
        id: int,
        *,
        body: DomainSmtpUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSmtp: ...

    @overload
    async def set_domain(
        self,
        id: int,
        *,
        smtp_mode: DomainSmtpUpdateRequestSmtpMode,
        smtp_connection_id: int | None | Unset = UNSET,
        set_account_default: bool | Unset = UNSET,
        apply_to_all: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DomainSmtp: ...

    async def set_domain(self, *args: Any, **kwargs: Any) -> DomainSmtp:
        """Set the domain SMTP route

        ``PUT /api/v1/domains/{id}/smtp``, operation ``set_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.set_domain_smtp``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_domain_smtp", args, kwargs)

    async def list_domain_profiles(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[SmtpProfile]:
        """List SMTP profiles

        ``GET /api/v1/domains/{id}/smtp/profiles``, operation ``list_domain_smtp_profiles`` (the low-level function:
        ``trekmail_client.api.smtp.list_domain_smtp_profiles``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_domain_smtp_profiles", (), locals())

    @overload
    async def create_domain_profile(
        self,
        id: int,
        *,
        body: SmtpProfileCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDomainSmtpProfileResult: ...

    @overload
    async def create_domain_profile(
        self,
        id: int,
        *,
        name: str,
        host: str,
        port: SmtpProfileCreateRequestPort,
        encryption: SmtpProfileCreateRequestEncryption,
        username: str,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDomainSmtpProfileResult: ...

    async def create_domain_profile(
        self, *args: Any, **kwargs: Any
    ) -> CreateDomainSmtpProfileResult:
        """Create an SMTP profile

        ``POST /api/v1/domains/{id}/smtp/profiles``, operation ``create_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.create_domain_smtp_profile``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_domain_smtp_profile", args, kwargs)

    @overload
    async def update_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        body: SmtpProfileUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainSmtpProfileResponse200: ...

    @overload
    async def update_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        name: str,
        host: str,
        port: SmtpProfileUpdateRequestPort,
        encryption: SmtpProfileUpdateRequestEncryption,
        username: str,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateDomainSmtpProfileResponse200: ...

    async def update_domain_profile(
        self, *args: Any, **kwargs: Any
    ) -> UpdateDomainSmtpProfileResponse200:
        """Update an SMTP profile

        ``PUT /api/v1/domains/{id}/smtp/profiles/{connection_id}``, operation ``update_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.update_domain_smtp_profile``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_domain_smtp_profile", args, kwargs)

    async def delete_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpProfileDeleteResultData | None:
        """Delete an SMTP profile

        ``DELETE /api/v1/domains/{id}/smtp/profiles/{connection_id}``, operation ``delete_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.delete_domain_smtp_profile``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_domain_smtp_profile", (), locals())

    async def get_domain_profile_usage(
        self,
        id: int,
        connection_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpProfileUsage:
        """Get SMTP profile usage

        ``GET /api/v1/domains/{id}/smtp/profiles/{connection_id}/usage``, operation ``get_domain_smtp_profile_usage`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp_profile_usage``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_smtp_profile_usage", (), locals())

    @overload
    async def test_domain(
        self,
        id: int,
        *,
        body: DomainSmtpTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpTestJob: ...

    @overload
    async def test_domain(
        self,
        id: int,
        *,
        mode: DomainSmtpTestRequestMode | Unset = UNSET,
        smtp_connection_id: int | Unset = UNSET,
        host: str | Unset = UNSET,
        port: int | Unset = UNSET,
        encryption: DomainSmtpTestRequestEncryption | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpTestJob: ...

    async def test_domain(self, *args: Any, **kwargs: Any) -> SmtpTestJob:
        """Test the domain SMTP route

        ``POST /api/v1/domains/{id}/smtp:test``, operation ``test_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.test_domain_smtp``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("test_domain_smtp", args, kwargs)

    async def get_domain_test_status(
        self,
        id: int,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpTestStatusResponseData:
        """Get a domain SMTP test status

        ``GET /api/v1/domains/{id}/smtp:test-status/{job_id}``, operation ``get_domain_smtp_test_status`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp_test_status``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_domain_smtp_test_status", (), locals())

    async def get_config(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> LegacySmtpConfig:
        """Get the legacy SMTP config

        ``GET /api/v1/smtp``, operation ``get_smtp_config`` (the low-level function:
        ``trekmail_client.api.smtp.get_smtp_config``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_smtp_config", (), locals())

    @overload
    async def update_config(
        self,
        *,
        body: LegacySmtpUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateSmtpConfigResponse200: ...

    @overload
    async def update_config(
        self,
        *,
        mode: LegacySmtpUpdateRequestMode,
        host: str | Unset = UNSET,
        port: int | Unset = UNSET,
        encryption: LegacySmtpUpdateRequestEncryption | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateSmtpConfigResponse200: ...

    async def update_config(
        self, *args: Any, **kwargs: Any
    ) -> UpdateSmtpConfigResponse200:
        """Update the legacy SMTP config

        ``PUT /api/v1/smtp``, operation ``update_smtp_config`` (the low-level function:
        ``trekmail_client.api.smtp.update_smtp_config``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_smtp_config", args, kwargs)

    async def get_account_default(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpDefault:
        """Get the account SMTP default

        ``GET /api/v1/smtp/default``, operation ``get_account_smtp_default`` (the low-level function:
        ``trekmail_client.api.smtp.get_account_smtp_default``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_account_smtp_default", (), locals())

    @overload
    async def set_account_default(
        self,
        *,
        body: SmtpDefaultUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpDefault: ...

    @overload
    async def set_account_default(
        self,
        *,
        smtp_mode: SmtpDefaultUpdateRequestSmtpMode,
        smtp_connection_id: int | None | Unset = UNSET,
        apply_to_all: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpDefault: ...

    async def set_account_default(self, *args: Any, **kwargs: Any) -> SmtpDefault:
        """Set the account SMTP default

        ``PUT /api/v1/smtp/default``, operation ``set_account_smtp_default`` (the low-level function:
        ``trekmail_client.api.smtp.set_account_smtp_default``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_account_smtp_default", args, kwargs)

    async def delete_connection(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteSmtpConnectionResponse200 | None:
        """Delete a legacy SMTP connection

        ``DELETE /api/v1/smtp/{id}``, operation ``delete_smtp_connection`` (the low-level function:
        ``trekmail_client.api.smtp.delete_smtp_connection``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_smtp_connection", (), locals())

    @overload
    async def test(
        self,
        *,
        body: LegacySmtpTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpTestJob: ...

    @overload
    async def test(
        self,
        *,
        host: str,
        port: int,
        encryption: LegacySmtpTestRequestEncryption,
        username: str,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SmtpTestJob: ...

    async def test(self, *args: Any, **kwargs: Any) -> SmtpTestJob:
        """Test legacy SMTP settings

        ``POST /api/v1/smtp:test``, operation ``test_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.test_smtp``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("test_smtp", args, kwargs)

    async def get_test_status(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetSmtpTestStatusResponse200:
        """Get a legacy SMTP test status

        ``GET /api/v1/smtp:test-status/{job_id}``, operation ``get_smtp_test_status`` (the low-level function:
        ``trekmail_client.api.smtp.get_smtp_test_status``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_smtp_test_status", (), locals())


class SmtpResourceWithRawResponse(APIResource):
    """``tm.smtp.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get_domain(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSmtp]:
        """Get the domain SMTP route

        ``GET /api/v1/domains/{id}/smtp``, operation ``get_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_smtp", (), locals())

    @overload
    async def set_domain(
        self,
        id: int,
        *,
        body: DomainSmtpUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSmtp]: ...

    @overload
    async def set_domain(
        self,
        id: int,
        *,
        smtp_mode: DomainSmtpUpdateRequestSmtpMode,
        smtp_connection_id: int | None | Unset = UNSET,
        set_account_default: bool | Unset = UNSET,
        apply_to_all: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DomainSmtp]: ...

    async def set_domain(self, *args: Any, **kwargs: Any) -> RawResponse[DomainSmtp]:
        """Set the domain SMTP route

        ``PUT /api/v1/domains/{id}/smtp``, operation ``set_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.set_domain_smtp``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_domain_smtp", args, kwargs)

    async def list_domain_profiles(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[SmtpProfile]]:
        """List SMTP profiles

        ``GET /api/v1/domains/{id}/smtp/profiles``, operation ``list_domain_smtp_profiles`` (the low-level function:
        ``trekmail_client.api.smtp.list_domain_smtp_profiles``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_domain_smtp_profiles", (), locals())

    @overload
    async def create_domain_profile(
        self,
        id: int,
        *,
        body: SmtpProfileCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreateDomainSmtpProfileResult]: ...

    @overload
    async def create_domain_profile(
        self,
        id: int,
        *,
        name: str,
        host: str,
        port: SmtpProfileCreateRequestPort,
        encryption: SmtpProfileCreateRequestEncryption,
        username: str,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CreateDomainSmtpProfileResult]: ...

    async def create_domain_profile(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[CreateDomainSmtpProfileResult]:
        """Create an SMTP profile

        ``POST /api/v1/domains/{id}/smtp/profiles``, operation ``create_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.create_domain_smtp_profile``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_domain_smtp_profile", args, kwargs)

    @overload
    async def update_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        body: SmtpProfileUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainSmtpProfileResponse200]: ...

    @overload
    async def update_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        name: str,
        host: str,
        port: SmtpProfileUpdateRequestPort,
        encryption: SmtpProfileUpdateRequestEncryption,
        username: str,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateDomainSmtpProfileResponse200]: ...

    async def update_domain_profile(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateDomainSmtpProfileResponse200]:
        """Update an SMTP profile

        ``PUT /api/v1/domains/{id}/smtp/profiles/{connection_id}``, operation ``update_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.update_domain_smtp_profile``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_domain_smtp_profile", args, kwargs)

    async def delete_domain_profile(
        self,
        id: int,
        connection_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpProfileDeleteResultData | None]:
        """Delete an SMTP profile

        ``DELETE /api/v1/domains/{id}/smtp/profiles/{connection_id}``, operation ``delete_domain_smtp_profile`` (the low-level function:
        ``trekmail_client.api.smtp.delete_domain_smtp_profile``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_domain_smtp_profile", (), locals())

    async def get_domain_profile_usage(
        self,
        id: int,
        connection_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpProfileUsage]:
        """Get SMTP profile usage

        ``GET /api/v1/domains/{id}/smtp/profiles/{connection_id}/usage``, operation ``get_domain_smtp_profile_usage`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp_profile_usage``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_smtp_profile_usage", (), locals())

    @overload
    async def test_domain(
        self,
        id: int,
        *,
        body: DomainSmtpTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpTestJob]: ...

    @overload
    async def test_domain(
        self,
        id: int,
        *,
        mode: DomainSmtpTestRequestMode | Unset = UNSET,
        smtp_connection_id: int | Unset = UNSET,
        host: str | Unset = UNSET,
        port: int | Unset = UNSET,
        encryption: DomainSmtpTestRequestEncryption | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpTestJob]: ...

    async def test_domain(self, *args: Any, **kwargs: Any) -> RawResponse[SmtpTestJob]:
        """Test the domain SMTP route

        ``POST /api/v1/domains/{id}/smtp:test``, operation ``test_domain_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.test_domain_smtp``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("test_domain_smtp", args, kwargs)

    async def get_domain_test_status(
        self,
        id: int,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpTestStatusResponseData]:
        """Get a domain SMTP test status

        ``GET /api/v1/domains/{id}/smtp:test-status/{job_id}``, operation ``get_domain_smtp_test_status`` (the low-level function:
        ``trekmail_client.api.smtp.get_domain_smtp_test_status``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_domain_smtp_test_status", (), locals())

    async def get_config(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[LegacySmtpConfig]:
        """Get the legacy SMTP config

        ``GET /api/v1/smtp``, operation ``get_smtp_config`` (the low-level function:
        ``trekmail_client.api.smtp.get_smtp_config``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_smtp_config", (), locals())

    @overload
    async def update_config(
        self,
        *,
        body: LegacySmtpUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateSmtpConfigResponse200]: ...

    @overload
    async def update_config(
        self,
        *,
        mode: LegacySmtpUpdateRequestMode,
        host: str | Unset = UNSET,
        port: int | Unset = UNSET,
        encryption: LegacySmtpUpdateRequestEncryption | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateSmtpConfigResponse200]: ...

    async def update_config(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateSmtpConfigResponse200]:
        """Update the legacy SMTP config

        ``PUT /api/v1/smtp``, operation ``update_smtp_config`` (the low-level function:
        ``trekmail_client.api.smtp.update_smtp_config``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_smtp_config", args, kwargs)

    async def get_account_default(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpDefault]:
        """Get the account SMTP default

        ``GET /api/v1/smtp/default``, operation ``get_account_smtp_default`` (the low-level function:
        ``trekmail_client.api.smtp.get_account_smtp_default``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_account_smtp_default", (), locals())

    @overload
    async def set_account_default(
        self,
        *,
        body: SmtpDefaultUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpDefault]: ...

    @overload
    async def set_account_default(
        self,
        *,
        smtp_mode: SmtpDefaultUpdateRequestSmtpMode,
        smtp_connection_id: int | None | Unset = UNSET,
        apply_to_all: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpDefault]: ...

    async def set_account_default(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[SmtpDefault]:
        """Set the account SMTP default

        ``PUT /api/v1/smtp/default``, operation ``set_account_smtp_default`` (the low-level function:
        ``trekmail_client.api.smtp.set_account_smtp_default``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_account_smtp_default", args, kwargs)

    async def delete_connection(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteSmtpConnectionResponse200 | None]:
        """Delete a legacy SMTP connection

        ``DELETE /api/v1/smtp/{id}``, operation ``delete_smtp_connection`` (the low-level function:
        ``trekmail_client.api.smtp.delete_smtp_connection``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_smtp_connection", (), locals())

    @overload
    async def test(
        self,
        *,
        body: LegacySmtpTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpTestJob]: ...

    @overload
    async def test(
        self,
        *,
        host: str,
        port: int,
        encryption: LegacySmtpTestRequestEncryption,
        username: str,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SmtpTestJob]: ...

    async def test(self, *args: Any, **kwargs: Any) -> RawResponse[SmtpTestJob]:
        """Test legacy SMTP settings

        ``POST /api/v1/smtp:test``, operation ``test_smtp`` (the low-level function:
        ``trekmail_client.api.smtp.test_smtp``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("test_smtp", args, kwargs)

    async def get_test_status(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetSmtpTestStatusResponse200]:
        """Get a legacy SMTP test status

        ``GET /api/v1/smtp:test-status/{job_id}``, operation ``get_smtp_test_status`` (the low-level function:
        ``trekmail_client.api.smtp.get_smtp_test_status``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_smtp_test_status", (), locals())
