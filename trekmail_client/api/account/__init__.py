"""The ``account`` resource (``tm.account``) and its endpoint modules (generated).

Each module ``trekmail_client.api.account.<operation_id>`` is the low-level function layer;
:class:`AccountResource` is the layer users meet first.
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
    from ...models.account import Account
    from ...models.account_response import AccountResponse
    from ...models.account_update_request import AccountUpdateRequest
    from ...models.account_update_request_new_mailbox_client_auth_mode import (
        AccountUpdateRequestNewMailboxClientAuthMode,
    )
    from ...models.account_update_request_new_mailbox_client_auth_mode import (
        check_account_update_request_new_mailbox_client_auth_mode,
    )
    from ...models.account_update_result import AccountUpdateResult
    from ...models.error_response import ErrorResponse
    from ...models.get_sending_limits_response_200 import GetSendingLimitsResponse200
    from ...models.me_response import MeResponse
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["AccountResource", "AccountResourceWithRawResponse"]


class AccountResource(APIResource):
    """``tm.account``: the 4 operations tagged ``account``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return AccountResourceWithRawResponse(self._client)

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Account:
        """Get the account

        ``GET /api/v1/account``, operation ``get_account`` (the low-level function:
        ``trekmail_client.api.account.get_account``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_account", (), locals())

    @overload
    async def update(
        self,
        *,
        body: AccountUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccountUpdateResult: ...

    @overload
    async def update(
        self,
        *,
        new_mailbox_client_auth_mode: AccountUpdateRequestNewMailboxClientAuthMode,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AccountUpdateResult: ...

    async def update(self, *args: Any, **kwargs: Any) -> AccountUpdateResult:
        """Update account settings

        ``PATCH /api/v1/account``, operation ``update_account`` (the low-level function:
        ``trekmail_client.api.account.update_account``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_account", args, kwargs)

    async def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MeResponse:
        """Describe the calling token

        ``GET /api/v1/me``, operation ``whoami`` (the low-level function:
        ``trekmail_client.api.account.whoami``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("whoami", (), locals())

    async def get_sending_limits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetSendingLimitsResponse200:
        """Get the account sending limits

        ``GET /api/v1/sending-limits``, operation ``get_sending_limits`` (the low-level function:
        ``trekmail_client.api.account.get_sending_limits``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_sending_limits", (), locals())


class AccountResourceWithRawResponse(APIResource):
    """``tm.account.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Account]:
        """Get the account

        ``GET /api/v1/account``, operation ``get_account`` (the low-level function:
        ``trekmail_client.api.account.get_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_account", (), locals())

    @overload
    async def update(
        self,
        *,
        body: AccountUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AccountUpdateResult]: ...

    @overload
    async def update(
        self,
        *,
        new_mailbox_client_auth_mode: AccountUpdateRequestNewMailboxClientAuthMode,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AccountUpdateResult]: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AccountUpdateResult]:
        """Update account settings

        ``PATCH /api/v1/account``, operation ``update_account`` (the low-level function:
        ``trekmail_client.api.account.update_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_account", args, kwargs)

    async def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MeResponse]:
        """Describe the calling token

        ``GET /api/v1/me``, operation ``whoami`` (the low-level function:
        ``trekmail_client.api.account.whoami``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("whoami", (), locals())

    async def get_sending_limits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetSendingLimitsResponse200]:
        """Get the account sending limits

        ``GET /api/v1/sending-limits``, operation ``get_sending_limits`` (the low-level function:
        ``trekmail_client.api.account.get_sending_limits``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_sending_limits", (), locals())
