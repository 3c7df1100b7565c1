"""The ``invites`` resource (``tm.invites``) and its endpoint modules (generated).

Each module ``trekmail_client.api.invites.<operation_id>`` is the low-level function layer;
:class:`InvitesResource` is the layer users meet first.
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
    from ...models.error_response import ErrorResponse
    from ...models.invite import Invite
    from ...models.invite_bulk_create_request import InviteBulkCreateRequest
    from ...models.invite_bulk_error_response import InviteBulkErrorResponse
    from ...models.invite_bulk_item import InviteBulkItem
    from ...models.invite_bulk_result import InviteBulkResult
    from ...models.invite_create_request import InviteCreateRequest
    from ...models.invite_response import InviteResponse
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["InvitesResource", "InvitesResourceWithRawResponse"]


class InvitesResource(APIResource):
    """``tm.invites``: the 2 operations tagged ``invites``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> InvitesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return InvitesResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        body: InviteCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invite: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        recipient_email: str,
        expires_in_hours: int | Unset = 72,
        storage_allocation_mb: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Invite: ...

    async def create(self, *args: Any, **kwargs: Any) -> Invite:
        """Invite a mailbox user

        ``POST /api/v1/mailboxes/invites``, operation ``create_invite`` (the low-level function:
        ``trekmail_client.api.invites.create_invite``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_invite", args, kwargs)

    @overload
    async def create_bulk(
        self,
        *,
        body: InviteBulkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InviteBulkResult: ...

    @overload
    async def create_bulk(
        self,
        *,
        domain_id: int,
        items: builtins.list[InviteBulkItem],
        expires_in_hours: int | Unset = 72,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InviteBulkResult: ...

    async def create_bulk(self, *args: Any, **kwargs: Any) -> InviteBulkResult:
        """Invite mailbox users in bulk

        ``POST /api/v1/mailboxes/invites:bulk``, operation ``create_invites_bulk`` (the low-level function:
        ``trekmail_client.api.invites.create_invites_bulk``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_invites_bulk", args, kwargs)


class InvitesResourceWithRawResponse(APIResource):
    """``tm.invites.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def create(
        self,
        *,
        body: InviteCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Invite]: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        recipient_email: str,
        expires_in_hours: int | Unset = 72,
        storage_allocation_mb: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Invite]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[Invite]:
        """Invite a mailbox user

        ``POST /api/v1/mailboxes/invites``, operation ``create_invite`` (the low-level function:
        ``trekmail_client.api.invites.create_invite``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_invite", args, kwargs)

    @overload
    async def create_bulk(
        self,
        *,
        body: InviteBulkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InviteBulkResult]: ...

    @overload
    async def create_bulk(
        self,
        *,
        domain_id: int,
        items: builtins.list[InviteBulkItem],
        expires_in_hours: int | Unset = 72,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[InviteBulkResult]: ...

    async def create_bulk(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[InviteBulkResult]:
        """Invite mailbox users in bulk

        ``POST /api/v1/mailboxes/invites:bulk``, operation ``create_invites_bulk`` (the low-level function:
        ``trekmail_client.api.invites.create_invites_bulk``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_invites_bulk", args, kwargs)
