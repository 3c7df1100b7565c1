"""The ``external_accounts`` resource (``tm.external_accounts``) and its endpoint modules (generated).

Each module ``trekmail_client.api.external_accounts.<operation_id>`` is the low-level function layer;
:class:`ExternalAccountsResource` is the layer users meet first.
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
    from ...models.delete_external_account_response_200 import (
        DeleteExternalAccountResponse200,
    )
    from ...models.detect_external_account_response_200 import (
        DetectExternalAccountResponse200,
    )
    from ...models.error_response import ErrorResponse
    from ...models.external_account import ExternalAccount
    from ...models.external_account_connection_request import (
        ExternalAccountConnectionRequest,
    )
    from ...models.external_account_connection_request_imap_encryption import (
        check_external_account_connection_request_imap_encryption,
    )
    from ...models.external_account_connection_request_imap_encryption import (
        ExternalAccountConnectionRequestImapEncryption,
    )
    from ...models.external_account_connection_request_imap_port import (
        check_external_account_connection_request_imap_port,
    )
    from ...models.external_account_connection_request_imap_port import (
        ExternalAccountConnectionRequestImapPort,
    )
    from ...models.external_account_connection_request_provider import (
        check_external_account_connection_request_provider,
    )
    from ...models.external_account_connection_request_provider import (
        ExternalAccountConnectionRequestProvider,
    )
    from ...models.external_account_connection_request_smtp_encryption import (
        check_external_account_connection_request_smtp_encryption,
    )
    from ...models.external_account_connection_request_smtp_encryption import (
        ExternalAccountConnectionRequestSmtpEncryption,
    )
    from ...models.external_account_connection_request_smtp_port import (
        check_external_account_connection_request_smtp_port,
    )
    from ...models.external_account_connection_request_smtp_port import (
        ExternalAccountConnectionRequestSmtpPort,
    )
    from ...models.external_account_create_request import ExternalAccountCreateRequest
    from ...models.external_account_create_request_imap_encryption import (
        check_external_account_create_request_imap_encryption,
    )
    from ...models.external_account_create_request_imap_encryption import (
        ExternalAccountCreateRequestImapEncryption,
    )
    from ...models.external_account_create_request_imap_port import (
        check_external_account_create_request_imap_port,
    )
    from ...models.external_account_create_request_imap_port import (
        ExternalAccountCreateRequestImapPort,
    )
    from ...models.external_account_create_request_provider import (
        check_external_account_create_request_provider,
    )
    from ...models.external_account_create_request_provider import (
        ExternalAccountCreateRequestProvider,
    )
    from ...models.external_account_create_request_smtp_encryption import (
        check_external_account_create_request_smtp_encryption,
    )
    from ...models.external_account_create_request_smtp_encryption import (
        ExternalAccountCreateRequestSmtpEncryption,
    )
    from ...models.external_account_create_request_smtp_port import (
        check_external_account_create_request_smtp_port,
    )
    from ...models.external_account_create_request_smtp_port import (
        ExternalAccountCreateRequestSmtpPort,
    )
    from ...models.external_account_create_result import ExternalAccountCreateResult
    from ...models.external_account_detect_request import ExternalAccountDetectRequest
    from ...models.external_account_list import ExternalAccountList
    from ...models.external_account_retest_request import ExternalAccountRetestRequest
    from ...models.external_account_update_request import ExternalAccountUpdateRequest
    from ...models.external_account_update_request_imap_encryption import (
        check_external_account_update_request_imap_encryption,
    )
    from ...models.external_account_update_request_imap_encryption import (
        ExternalAccountUpdateRequestImapEncryption,
    )
    from ...models.external_account_update_request_imap_port import (
        check_external_account_update_request_imap_port,
    )
    from ...models.external_account_update_request_imap_port import (
        ExternalAccountUpdateRequestImapPort,
    )
    from ...models.external_account_update_request_smtp_encryption import (
        check_external_account_update_request_smtp_encryption,
    )
    from ...models.external_account_update_request_smtp_encryption import (
        ExternalAccountUpdateRequestSmtpEncryption,
    )
    from ...models.external_account_update_request_smtp_port import (
        check_external_account_update_request_smtp_port,
    )
    from ...models.external_account_update_request_smtp_port import (
        ExternalAccountUpdateRequestSmtpPort,
    )
    from ...models.test_external_account_response_200 import (
        TestExternalAccountResponse200,
    )
    from ...models.test_saved_external_account_response_200 import (
        TestSavedExternalAccountResponse200,
    )
    from ...models.update_external_account_response_200 import (
        UpdateExternalAccountResponse200,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["ExternalAccountsResource", "ExternalAccountsResourceWithRawResponse"]


class ExternalAccountsResource(APIResource):
    """``tm.external_accounts``: the 7 operations tagged ``external_accounts``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> ExternalAccountsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return ExternalAccountsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[ExternalAccount]:
        """List external accounts

        ``GET /api/v1/messages/external-accounts``, operation ``list_external_accounts`` (the low-level function:
        ``trekmail_client.api.external_accounts.list_external_accounts``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_external_accounts", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ExternalAccountCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExternalAccountCreateResult: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        provider: ExternalAccountCreateRequestProvider,
        password: str,
        imap_host: str,
        imap_port: ExternalAccountCreateRequestImapPort,
        imap_encryption: ExternalAccountCreateRequestImapEncryption,
        smtp_host: str,
        smtp_port: ExternalAccountCreateRequestSmtpPort,
        smtp_encryption: ExternalAccountCreateRequestSmtpEncryption,
        imap_username: str | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        label: str | Unset = UNSET,
        color: str | Unset = UNSET,
        include_in_unified: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ExternalAccountCreateResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> ExternalAccountCreateResult:
        """Connect an external account

        ``POST /api/v1/messages/external-accounts``, operation ``create_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.create_external_account``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_external_account", args, kwargs)

    @overload
    async def detect(
        self,
        *,
        body: ExternalAccountDetectRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DetectExternalAccountResponse200: ...

    @overload
    async def detect(
        self,
        *,
        email: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DetectExternalAccountResponse200: ...

    async def detect(
        self, *args: Any, **kwargs: Any
    ) -> DetectExternalAccountResponse200:
        """Detect an external account's settings

        ``POST /api/v1/messages/external-accounts/detect``, operation ``detect_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.detect_external_account``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("detect_external_account", args, kwargs)

    @overload
    async def test(
        self,
        *,
        body: ExternalAccountConnectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TestExternalAccountResponse200: ...

    @overload
    async def test(
        self,
        *,
        email: str,
        provider: ExternalAccountConnectionRequestProvider,
        password: str,
        imap_host: str,
        imap_port: ExternalAccountConnectionRequestImapPort,
        imap_encryption: ExternalAccountConnectionRequestImapEncryption,
        smtp_host: str,
        smtp_port: ExternalAccountConnectionRequestSmtpPort,
        smtp_encryption: ExternalAccountConnectionRequestSmtpEncryption,
        imap_username: str | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TestExternalAccountResponse200: ...

    async def test(self, *args: Any, **kwargs: Any) -> TestExternalAccountResponse200:
        """Test external account settings

        ``POST /api/v1/messages/external-accounts/test``, operation ``test_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.test_external_account``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("test_external_account", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteExternalAccountResponse200 | None:
        """Disconnect an external account

        ``DELETE /api/v1/messages/external-accounts/{id}``, operation ``delete_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.delete_external_account``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_external_account", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ExternalAccountUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateExternalAccountResponse200: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        password: str | Unset = UNSET,
        imap_host: str | Unset = UNSET,
        imap_port: ExternalAccountUpdateRequestImapPort | Unset = UNSET,
        imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset = UNSET,
        imap_username: str | Unset = UNSET,
        smtp_host: str | Unset = UNSET,
        smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset = UNSET,
        smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        label: None | str | Unset = UNSET,
        color: str | Unset = UNSET,
        include_in_unified: bool | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateExternalAccountResponse200: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> UpdateExternalAccountResponse200:
        """Update an external account

        ``PATCH /api/v1/messages/external-accounts/{id}``, operation ``update_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.update_external_account``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_external_account", args, kwargs)

    async def test_saved(
        self,
        id: int,
        *,
        body: ExternalAccountRetestRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TestSavedExternalAccountResponse200:
        """Re-test a saved external account

        ``POST /api/v1/messages/external-accounts/{id}/test``, operation ``test_saved_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.test_saved_external_account``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("test_saved_external_account", (), locals())


class ExternalAccountsResourceWithRawResponse(APIResource):
    """``tm.external_accounts.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[ExternalAccount]]:
        """List external accounts

        ``GET /api/v1/messages/external-accounts``, operation ``list_external_accounts`` (the low-level function:
        ``trekmail_client.api.external_accounts.list_external_accounts``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_external_accounts", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ExternalAccountCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ExternalAccountCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        provider: ExternalAccountCreateRequestProvider,
        password: str,
        imap_host: str,
        imap_port: ExternalAccountCreateRequestImapPort,
        imap_encryption: ExternalAccountCreateRequestImapEncryption,
        smtp_host: str,
        smtp_port: ExternalAccountCreateRequestSmtpPort,
        smtp_encryption: ExternalAccountCreateRequestSmtpEncryption,
        imap_username: str | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        label: str | Unset = UNSET,
        color: str | Unset = UNSET,
        include_in_unified: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ExternalAccountCreateResult]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ExternalAccountCreateResult]:
        """Connect an external account

        ``POST /api/v1/messages/external-accounts``, operation ``create_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.create_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_external_account", args, kwargs)

    @overload
    async def detect(
        self,
        *,
        body: ExternalAccountDetectRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DetectExternalAccountResponse200]: ...

    @overload
    async def detect(
        self,
        *,
        email: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DetectExternalAccountResponse200]: ...

    async def detect(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DetectExternalAccountResponse200]:
        """Detect an external account's settings

        ``POST /api/v1/messages/external-accounts/detect``, operation ``detect_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.detect_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("detect_external_account", args, kwargs)

    @overload
    async def test(
        self,
        *,
        body: ExternalAccountConnectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TestExternalAccountResponse200]: ...

    @overload
    async def test(
        self,
        *,
        email: str,
        provider: ExternalAccountConnectionRequestProvider,
        password: str,
        imap_host: str,
        imap_port: ExternalAccountConnectionRequestImapPort,
        imap_encryption: ExternalAccountConnectionRequestImapEncryption,
        smtp_host: str,
        smtp_port: ExternalAccountConnectionRequestSmtpPort,
        smtp_encryption: ExternalAccountConnectionRequestSmtpEncryption,
        imap_username: str | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TestExternalAccountResponse200]: ...

    async def test(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[TestExternalAccountResponse200]:
        """Test external account settings

        ``POST /api/v1/messages/external-accounts/test``, operation ``test_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.test_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("test_external_account", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteExternalAccountResponse200 | None]:
        """Disconnect an external account

        ``DELETE /api/v1/messages/external-accounts/{id}``, operation ``delete_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.delete_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_external_account", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ExternalAccountUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateExternalAccountResponse200]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        password: str | Unset = UNSET,
        imap_host: str | Unset = UNSET,
        imap_port: ExternalAccountUpdateRequestImapPort | Unset = UNSET,
        imap_encryption: ExternalAccountUpdateRequestImapEncryption | Unset = UNSET,
        imap_username: str | Unset = UNSET,
        smtp_host: str | Unset = UNSET,
        smtp_port: ExternalAccountUpdateRequestSmtpPort | Unset = UNSET,
        smtp_encryption: ExternalAccountUpdateRequestSmtpEncryption | Unset = UNSET,
        smtp_username: str | Unset = UNSET,
        smtp_password: str | Unset = UNSET,
        label: None | str | Unset = UNSET,
        color: str | Unset = UNSET,
        include_in_unified: bool | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateExternalAccountResponse200]: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateExternalAccountResponse200]:
        """Update an external account

        ``PATCH /api/v1/messages/external-accounts/{id}``, operation ``update_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.update_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_external_account", args, kwargs)

    async def test_saved(
        self,
        id: int,
        *,
        body: ExternalAccountRetestRequest | None = None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TestSavedExternalAccountResponse200]:
        """Re-test a saved external account

        ``POST /api/v1/messages/external-accounts/{id}/test``, operation ``test_saved_external_account`` (the low-level function:
        ``trekmail_client.api.external_accounts.test_saved_external_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("test_saved_external_account", (), locals())
