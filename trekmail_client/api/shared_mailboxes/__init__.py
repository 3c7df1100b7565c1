"""The ``shared_mailboxes`` resource (``tm.shared_mailboxes``) and its endpoint modules (generated).

Each module ``trekmail_client.api.shared_mailboxes.<operation_id>`` is the low-level function layer;
:class:`SharedMailboxesResource` is the layer users meet first.
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
    from ...models.convert_to_regular_request import ConvertToRegularRequest
    from ...models.convert_to_shared_request import ConvertToSharedRequest
    from ...models.error_response import ErrorResponse
    from ...models.mailbox import Mailbox
    from ...models.mailbox_action_result import MailboxActionResult
    from ...models.mailbox_response import MailboxResponse
    from ...models.remove_shared_mailbox_member_response_200 import (
        RemoveSharedMailboxMemberResponse200,
    )
    from ...models.shared_mailbox_create_request import SharedMailboxCreateRequest
    from ...models.shared_mailbox_member import SharedMailboxMember
    from ...models.shared_mailbox_member_add_request import (
        SharedMailboxMemberAddRequest,
    )
    from ...models.shared_mailbox_member_list import SharedMailboxMemberList
    from ...models.shared_mailbox_member_response import SharedMailboxMemberResponse
    from ...models.shared_mailbox_member_update_request import (
        SharedMailboxMemberUpdateRequest,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["SharedMailboxesResource", "SharedMailboxesResourceWithRawResponse"]


class SharedMailboxesResource(APIResource):
    """``tm.shared_mailboxes``: the 7 operations tagged ``shared_mailboxes``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> SharedMailboxesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return SharedMailboxesResourceWithRawResponse(self._client)

    @overload
    async def convert_to_regular(
        self,
        id: int,
        *,
        body: ConvertToRegularRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def convert_to_regular(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def convert_to_regular(
        self, *args: Any, **kwargs: Any
    ) -> MailboxActionResult:
        """Convert a shared mailbox to regular

        ``POST /api/v1/mailboxes/{id}/convert-to-regular``, operation ``convert_shared_mailbox_to_regular`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.convert_shared_mailbox_to_regular``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("convert_shared_mailbox_to_regular", args, kwargs)

    @overload
    async def convert_to_shared(
        self,
        id: int,
        *,
        body: ConvertToSharedRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def convert_to_shared(
        self,
        id: int,
        *,
        member_mailbox_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def convert_to_shared(self, *args: Any, **kwargs: Any) -> MailboxActionResult:
        """Convert a mailbox to shared

        ``POST /api/v1/mailboxes/{id}/convert-to-shared``, operation ``convert_mailbox_to_shared`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.convert_mailbox_to_shared``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("convert_mailbox_to_shared", args, kwargs)

    async def list_members(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[SharedMailboxMember]:
        """List shared mailbox members

        ``GET /api/v1/mailboxes/{id}/members``, operation ``list_shared_mailbox_members`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.list_shared_mailbox_members``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_shared_mailbox_members", (), locals())

    @overload
    async def add_member(
        self,
        id: int,
        *,
        body: SharedMailboxMemberAddRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedMailboxMember: ...

    @overload
    async def add_member(
        self,
        id: int,
        *,
        member_mailbox_id: int,
        can_send: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedMailboxMember: ...

    async def add_member(self, *args: Any, **kwargs: Any) -> SharedMailboxMember:
        """Add a shared mailbox member

        ``POST /api/v1/mailboxes/{id}/members``, operation ``add_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.add_shared_mailbox_member``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("add_shared_mailbox_member", args, kwargs)

    async def remove_member(
        self,
        id: int,
        member: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemoveSharedMailboxMemberResponse200 | None:
        """Remove a shared mailbox member

        ``DELETE /api/v1/mailboxes/{id}/members/{member}``, operation ``remove_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.remove_shared_mailbox_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("remove_shared_mailbox_member", (), locals())

    @overload
    async def update_member(
        self,
        id: int,
        member: int,
        *,
        body: SharedMailboxMemberUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedMailboxMember: ...

    @overload
    async def update_member(
        self,
        id: int,
        member: int,
        *,
        can_send: bool,
        custom_label: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SharedMailboxMember: ...

    async def update_member(self, *args: Any, **kwargs: Any) -> SharedMailboxMember:
        """Update a shared mailbox member

        ``PATCH /api/v1/mailboxes/{id}/members/{member}``, operation ``update_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.update_shared_mailbox_member``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_shared_mailbox_member", args, kwargs)

    @overload
    async def create(
        self,
        *,
        body: SharedMailboxCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        display_name: str,
        member_mailbox_ids: builtins.list[int],
        storage_shared: bool | Unset = True,
        storage_mb: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    async def create(self, *args: Any, **kwargs: Any) -> Mailbox:
        """Create a shared mailbox

        ``POST /api/v1/shared-mailboxes``, operation ``create_shared_mailbox`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.create_shared_mailbox``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_shared_mailbox", args, kwargs)


class SharedMailboxesResourceWithRawResponse(APIResource):
    """``tm.shared_mailboxes.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def convert_to_regular(
        self,
        id: int,
        *,
        body: ConvertToRegularRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def convert_to_regular(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def convert_to_regular(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Convert a shared mailbox to regular

        ``POST /api/v1/mailboxes/{id}/convert-to-regular``, operation ``convert_shared_mailbox_to_regular`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.convert_shared_mailbox_to_regular``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("convert_shared_mailbox_to_regular", args, kwargs)

    @overload
    async def convert_to_shared(
        self,
        id: int,
        *,
        body: ConvertToSharedRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def convert_to_shared(
        self,
        id: int,
        *,
        member_mailbox_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def convert_to_shared(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Convert a mailbox to shared

        ``POST /api/v1/mailboxes/{id}/convert-to-shared``, operation ``convert_mailbox_to_shared`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.convert_mailbox_to_shared``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("convert_mailbox_to_shared", args, kwargs)

    async def list_members(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[SharedMailboxMember]]:
        """List shared mailbox members

        ``GET /api/v1/mailboxes/{id}/members``, operation ``list_shared_mailbox_members`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.list_shared_mailbox_members``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_shared_mailbox_members", (), locals())

    @overload
    async def add_member(
        self,
        id: int,
        *,
        body: SharedMailboxMemberAddRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SharedMailboxMember]: ...

    @overload
    async def add_member(
        self,
        id: int,
        *,
        member_mailbox_id: int,
        can_send: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SharedMailboxMember]: ...

    async def add_member(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[SharedMailboxMember]:
        """Add a shared mailbox member

        ``POST /api/v1/mailboxes/{id}/members``, operation ``add_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.add_shared_mailbox_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("add_shared_mailbox_member", args, kwargs)

    async def remove_member(
        self,
        id: int,
        member: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RemoveSharedMailboxMemberResponse200 | None]:
        """Remove a shared mailbox member

        ``DELETE /api/v1/mailboxes/{id}/members/{member}``, operation ``remove_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.remove_shared_mailbox_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("remove_shared_mailbox_member", (), locals())

    @overload
    async def update_member(
        self,
        id: int,
        member: int,
        *,
        body: SharedMailboxMemberUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SharedMailboxMember]: ...

    @overload
    async def update_member(
        self,
        id: int,
        member: int,
        *,
        can_send: bool,
        custom_label: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SharedMailboxMember]: ...

    async def update_member(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[SharedMailboxMember]:
        """Update a shared mailbox member

        ``PATCH /api/v1/mailboxes/{id}/members/{member}``, operation ``update_shared_mailbox_member`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.update_shared_mailbox_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_shared_mailbox_member", args, kwargs)

    @overload
    async def create(
        self,
        *,
        body: SharedMailboxCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Mailbox]: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        display_name: str,
        member_mailbox_ids: builtins.list[int],
        storage_shared: bool | Unset = True,
        storage_mb: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Mailbox]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[Mailbox]:
        """Create a shared mailbox

        ``POST /api/v1/shared-mailboxes``, operation ``create_shared_mailbox`` (the low-level function:
        ``trekmail_client.api.shared_mailboxes.create_shared_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_shared_mailbox", args, kwargs)
