"""The ``app_passwords`` resource (``tm.app_passwords``) and its endpoint modules (generated).

Each module ``trekmail_client.api.app_passwords.<operation_id>`` is the low-level function layer;
:class:`AppPasswordsResource` is the layer users meet first.
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
    from ...models.app_password_create_request import AppPasswordCreateRequest
    from ...models.app_password_create_response import AppPasswordCreateResponse
    from ...models.app_password_list import AppPasswordList
    from ...models.app_password_rotate_response import AppPasswordRotateResponse
    from ...models.error_response import ErrorResponse
    from ...models.mailbox_action_result import MailboxActionResult
    from ...models.mailbox_client_auth_mode_bulk_request import (
        MailboxClientAuthModeBulkRequest,
    )
    from ...models.mailbox_client_auth_mode_bulk_request_mode import (
        check_mailbox_client_auth_mode_bulk_request_mode,
    )
    from ...models.mailbox_client_auth_mode_bulk_request_mode import (
        MailboxClientAuthModeBulkRequestMode,
    )
    from ...models.mailbox_client_auth_mode_bulk_result import (
        MailboxClientAuthModeBulkResult,
    )
    from ...models.mailbox_client_auth_mode_bulk_result_data import (
        MailboxClientAuthModeBulkResultData,
    )
    from ...models.mailbox_client_auth_mode_request import MailboxClientAuthModeRequest
    from ...models.mailbox_client_auth_mode_request_mode import (
        check_mailbox_client_auth_mode_request_mode,
    )
    from ...models.mailbox_client_auth_mode_request_mode import (
        MailboxClientAuthModeRequestMode,
    )
    from ...models.revoke_mailbox_app_password_response_200 import (
        RevokeMailboxAppPasswordResponse200,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["AppPasswordsResource", "AppPasswordsResourceWithRawResponse"]


class AppPasswordsResource(APIResource):
    """``tm.app_passwords``: the 6 operations tagged ``app_passwords``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> AppPasswordsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return AppPasswordsResourceWithRawResponse(self._client)

    async def list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppPasswordList:
        """List app passwords

        ``GET /api/v1/mailboxes/{id}/app-passwords``, operation ``list_mailbox_app_passwords`` (the low-level function:
        ``trekmail_client.api.app_passwords.list_mailbox_app_passwords``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_mailbox_app_passwords", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: AppPasswordCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppPasswordCreateResponse: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppPasswordCreateResponse: ...

    async def create(self, *args: Any, **kwargs: Any) -> AppPasswordCreateResponse:
        """Create an app password

        ``POST /api/v1/mailboxes/{id}/app-passwords``, operation ``create_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.create_mailbox_app_password``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_mailbox_app_password", args, kwargs)

    async def revoke(
        self,
        id: int,
        app_password_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RevokeMailboxAppPasswordResponse200 | None:
        """Revoke an app password

        ``DELETE /api/v1/mailboxes/{id}/app-passwords/{app_password_id}``, operation ``revoke_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.revoke_mailbox_app_password``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("revoke_mailbox_app_password", (), locals())

    async def rotate(
        self,
        id: int,
        app_password_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AppPasswordRotateResponse:
        """Rotate an app password

        ``POST /api/v1/mailboxes/{id}/app-passwords/{app_password_id}:rotate``, operation ``rotate_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.rotate_mailbox_app_password``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("rotate_mailbox_app_password", (), locals())

    @overload
    async def set_mailbox_client_auth_mode(
        self,
        id: int,
        *,
        body: MailboxClientAuthModeRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def set_mailbox_client_auth_mode(
        self,
        id: int,
        *,
        mode: MailboxClientAuthModeRequestMode,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def set_mailbox_client_auth_mode(
        self, *args: Any, **kwargs: Any
    ) -> MailboxActionResult:
        """Set a mailbox's client-auth mode

        ``POST /api/v1/mailboxes/{id}:client-auth-mode``, operation ``set_mailbox_client_auth_mode`` (the low-level function:
        ``trekmail_client.api.app_passwords.set_mailbox_client_auth_mode``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_mailbox_client_auth_mode", args, kwargs)

    @overload
    async def set_mailboxes_client_auth_mode(
        self,
        *,
        body: MailboxClientAuthModeBulkRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxClientAuthModeBulkResultData: ...

    @overload
    async def set_mailboxes_client_auth_mode(
        self,
        *,
        mode: MailboxClientAuthModeBulkRequestMode,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxClientAuthModeBulkResultData: ...

    async def set_mailboxes_client_auth_mode(
        self, *args: Any, **kwargs: Any
    ) -> MailboxClientAuthModeBulkResultData:
        """Set the client-auth mode on many mailboxes

        ``POST /api/v1/mailboxes:client-auth-mode``, operation ``set_mailboxes_client_auth_mode`` (the low-level function:
        ``trekmail_client.api.app_passwords.set_mailboxes_client_auth_mode``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_mailboxes_client_auth_mode", args, kwargs)


class AppPasswordsResourceWithRawResponse(APIResource):
    """``tm.app_passwords.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AppPasswordList]:
        """List app passwords

        ``GET /api/v1/mailboxes/{id}/app-passwords``, operation ``list_mailbox_app_passwords`` (the low-level function:
        ``trekmail_client.api.app_passwords.list_mailbox_app_passwords``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_mailbox_app_passwords", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: AppPasswordCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AppPasswordCreateResponse]: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AppPasswordCreateResponse]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AppPasswordCreateResponse]:
        """Create an app password

        ``POST /api/v1/mailboxes/{id}/app-passwords``, operation ``create_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.create_mailbox_app_password``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_mailbox_app_password", args, kwargs)

    async def revoke(
        self,
        id: int,
        app_password_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RevokeMailboxAppPasswordResponse200 | None]:
        """Revoke an app password

        ``DELETE /api/v1/mailboxes/{id}/app-passwords/{app_password_id}``, operation ``revoke_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.revoke_mailbox_app_password``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("revoke_mailbox_app_password", (), locals())

    async def rotate(
        self,
        id: int,
        app_password_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AppPasswordRotateResponse]:
        """Rotate an app password

        ``POST /api/v1/mailboxes/{id}/app-passwords/{app_password_id}:rotate``, operation ``rotate_mailbox_app_password`` (the low-level function:
        ``trekmail_client.api.app_passwords.rotate_mailbox_app_password``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("rotate_mailbox_app_password", (), locals())

    @overload
    async def set_mailbox_client_auth_mode(
        self,
        id: int,
        *,
        body: MailboxClientAuthModeRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def set_mailbox_client_auth_mode(
        self,
        id: int,
        *,
        mode: MailboxClientAuthModeRequestMode,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def set_mailbox_client_auth_mode(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Set a mailbox's client-auth mode

        ``POST /api/v1/mailboxes/{id}:client-auth-mode``, operation ``set_mailbox_client_auth_mode`` (the low-level function:
        ``trekmail_client.api.app_passwords.set_mailbox_client_auth_mode``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_mailbox_client_auth_mode", args, kwargs)

    @overload
    async def set_mailboxes_client_auth_mode(
        self,
        *,
        body: MailboxClientAuthModeBulkRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxClientAuthModeBulkResultData]: ...

    @overload
    async def set_mailboxes_client_auth_mode(
        self,
        *,
        mode: MailboxClientAuthModeBulkRequestMode,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxClientAuthModeBulkResultData]: ...

    async def set_mailboxes_client_auth_mode(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxClientAuthModeBulkResultData]:
        """Set the client-auth mode on many mailboxes

        ``POST /api/v1/mailboxes:client-auth-mode``, operation ``set_mailboxes_client_auth_mode`` (the low-level function:
        ``trekmail_client.api.app_passwords.set_mailboxes_client_auth_mode``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_mailboxes_client_auth_mode", args, kwargs)
