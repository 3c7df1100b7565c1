"""The ``white_label`` resource (``tm.white_label``) and its endpoint modules (generated).

Each module ``trekmail_client.api.white_label.<operation_id>`` is the low-level function layer;
:class:`WhiteLabelResource` is the layer users meet first.
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
    from ...models.get_white_label_access_catalog_response_200 import (
        GetWhiteLabelAccessCatalogResponse200,
    )
    from ...models.get_white_label_member_response_200 import (
        GetWhiteLabelMemberResponse200,
    )
    from ...models.list_white_label_members_role import (
        check_list_white_label_members_role,
    )
    from ...models.list_white_label_members_role import ListWhiteLabelMembersRole
    from ...models.list_white_label_members_status import (
        check_list_white_label_members_status,
    )
    from ...models.list_white_label_members_status import ListWhiteLabelMembersStatus
    from ...models.remove_white_label_member_response_200 import (
        RemoveWhiteLabelMemberResponse200,
    )
    from ...models.resend_white_label_invitation_response_200 import (
        ResendWhiteLabelInvitationResponse200,
    )
    from ...models.restore_white_label_member_response_200 import (
        RestoreWhiteLabelMemberResponse200,
    )
    from ...models.resume_white_label_member_response_200 import (
        ResumeWhiteLabelMemberResponse200,
    )
    from ...models.suspend_white_label_member_response_200 import (
        SuspendWhiteLabelMemberResponse200,
    )
    from ...models.white_label import WhiteLabel
    from ...models.white_label_activity_entry import WhiteLabelActivityEntry
    from ...models.white_label_activity_list import WhiteLabelActivityList
    from ...models.white_label_member import WhiteLabelMember
    from ...models.white_label_member_activity import WhiteLabelMemberActivity
    from ...models.white_label_member_invite import WhiteLabelMemberInvite
    from ...models.white_label_member_invite_request import (
        WhiteLabelMemberInviteRequest,
    )
    from ...models.white_label_member_invite_request_role import (
        check_white_label_member_invite_request_role,
    )
    from ...models.white_label_member_invite_request_role import (
        WhiteLabelMemberInviteRequestRole,
    )
    from ...models.white_label_member_list import WhiteLabelMemberList
    from ...models.white_label_member_update_request import (
        WhiteLabelMemberUpdateRequest,
    )
    from ...models.white_label_member_update_request_role import (
        check_white_label_member_update_request_role,
    )
    from ...models.white_label_member_update_request_role import (
        WhiteLabelMemberUpdateRequestRole,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["WhiteLabelResource", "WhiteLabelResourceWithRawResponse"]


class WhiteLabelResource(APIResource):
    """``tm.white_label``: the 13 operations tagged ``white_label``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> WhiteLabelResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return WhiteLabelResourceWithRawResponse(self._client)

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WhiteLabel:
        """Get the White Label state

        ``GET /api/v1/white-label``, operation ``get_white_label`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_white_label", (), locals())

    async def get_access_catalog(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWhiteLabelAccessCatalogResponse200:
        """Get the White Label access catalog

        ``GET /api/v1/white-label/access-catalog``, operation ``get_white_label_access_catalog`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_access_catalog``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_white_label_access_catalog", (), locals())

    def list_activity(
        self,
        *,
        action: str | Unset = UNSET,
        member_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[WhiteLabelActivityEntry, WhiteLabelActivityList]:
        """List White Label activity

        ``GET /api/v1/white-label/activity``, operation ``list_white_label_activity`` (the low-level function:
        ``trekmail_client.api.white_label.list_white_label_activity``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_white_label_activity", (), locals())

    def list_members(
        self,
        *,
        search: str | Unset = UNSET,
        role: ListWhiteLabelMembersRole | Unset = UNSET,
        status: ListWhiteLabelMembersStatus | Unset = UNSET,
        include_removed: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[WhiteLabelMember, WhiteLabelMemberList]:
        """List White Label members

        ``GET /api/v1/white-label/members``, operation ``list_white_label_members`` (the low-level function:
        ``trekmail_client.api.white_label.list_white_label_members``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_white_label_members", (), locals())

    @overload
    async def invite_member(
        self,
        *,
        body: WhiteLabelMemberInviteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WhiteLabelMemberInvite: ...

    @overload
    async def invite_member(
        self,
        *,
        email: str,
        role: WhiteLabelMemberInviteRequestRole,
        all_domains: bool,
        domain_ids: builtins.list[int] | Unset = UNSET,
        permissions: builtins.list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WhiteLabelMemberInvite: ...

    async def invite_member(self, *args: Any, **kwargs: Any) -> WhiteLabelMemberInvite:
        """Invite a White Label member

        ``POST /api/v1/white-label/members``, operation ``invite_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.invite_white_label_member``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("invite_white_label_member", args, kwargs)

    async def get_member(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWhiteLabelMemberResponse200:
        """Get a White Label member

        ``GET /api/v1/white-label/members/{id}``, operation ``get_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_white_label_member", (), locals())

    async def remove_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemoveWhiteLabelMemberResponse200 | None:
        """Remove a White Label member

        ``DELETE /api/v1/white-label/members/{id}``, operation ``remove_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.remove_white_label_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("remove_white_label_member", (), locals())

    @overload
    async def update_member(
        self,
        id: int,
        *,
        body: WhiteLabelMemberUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WhiteLabelMember: ...

    @overload
    async def update_member(
        self,
        id: int,
        *,
        role: WhiteLabelMemberUpdateRequestRole | Unset = UNSET,
        all_domains: bool | Unset = UNSET,
        domain_ids: builtins.list[int] | Unset = UNSET,
        permissions: builtins.list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> WhiteLabelMember: ...

    async def update_member(self, *args: Any, **kwargs: Any) -> WhiteLabelMember:
        """Update a White Label member

        ``PATCH /api/v1/white-label/members/{id}``, operation ``update_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.update_white_label_member``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_white_label_member", args, kwargs)

    async def get_member_activity(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[WhiteLabelActivityEntry]:
        """Get a White Label member's activity

        ``GET /api/v1/white-label/members/{id}/activity``, operation ``get_white_label_member_activity`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_member_activity``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_white_label_member_activity", (), locals())

    async def resend_invitation(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ResendWhiteLabelInvitationResponse200:
        """Resend a White Label invitation

        ``POST /api/v1/white-label/members/{id}:resend-invitation``, operation ``resend_white_label_invitation`` (the low-level function:
        ``trekmail_client.api.white_label.resend_white_label_invitation``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("resend_white_label_invitation", (), locals())

    async def restore_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RestoreWhiteLabelMemberResponse200:
        """Restore a White Label member

        ``POST /api/v1/white-label/members/{id}:restore``, operation ``restore_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.restore_white_label_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("restore_white_label_member", (), locals())

    async def resume_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ResumeWhiteLabelMemberResponse200:
        """Resume a White Label member

        ``POST /api/v1/white-label/members/{id}:resume``, operation ``resume_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.resume_white_label_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("resume_white_label_member", (), locals())

    async def suspend_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SuspendWhiteLabelMemberResponse200:
        """Suspend a White Label member

        ``POST /api/v1/white-label/members/{id}:suspend``, operation ``suspend_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.suspend_white_label_member``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("suspend_white_label_member", (), locals())


class WhiteLabelResourceWithRawResponse(APIResource):
    """``tm.white_label.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabel]:
        """Get the White Label state

        ``GET /api/v1/white-label``, operation ``get_white_label`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_white_label", (), locals())

    async def get_access_catalog(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetWhiteLabelAccessCatalogResponse200]:
        """Get the White Label access catalog

        ``GET /api/v1/white-label/access-catalog``, operation ``get_white_label_access_catalog`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_access_catalog``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_white_label_access_catalog", (), locals())

    async def list_activity(
        self,
        *,
        action: str | Unset = UNSET,
        member_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelActivityList]:
        """List White Label activity

        ``GET /api/v1/white-label/activity``, operation ``list_white_label_activity`` (the low-level function:
        ``trekmail_client.api.white_label.list_white_label_activity``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_white_label_activity", (), locals())

    async def list_members(
        self,
        *,
        search: str | Unset = UNSET,
        role: ListWhiteLabelMembersRole | Unset = UNSET,
        status: ListWhiteLabelMembersStatus | Unset = UNSET,
        include_removed: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelMemberList]:
        """List White Label members

        ``GET /api/v1/white-label/members``, operation ``list_white_label_members`` (the low-level function:
        ``trekmail_client.api.white_label.list_white_label_members``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_white_label_members", (), locals())

    @overload
    async def invite_member(
        self,
        *,
        body: WhiteLabelMemberInviteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelMemberInvite]: ...

    @overload
    async def invite_member(
        self,
        *,
        email: str,
        role: WhiteLabelMemberInviteRequestRole,
        all_domains: bool,
        domain_ids: builtins.list[int] | Unset = UNSET,
        permissions: builtins.list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelMemberInvite]: ...

    async def invite_member(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[WhiteLabelMemberInvite]:
        """Invite a White Label member

        ``POST /api/v1/white-label/members``, operation ``invite_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.invite_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("invite_white_label_member", args, kwargs)

    async def get_member(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[GetWhiteLabelMemberResponse200]:
        """Get a White Label member

        ``GET /api/v1/white-label/members/{id}``, operation ``get_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_white_label_member", (), locals())

    async def remove_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RemoveWhiteLabelMemberResponse200 | None]:
        """Remove a White Label member

        ``DELETE /api/v1/white-label/members/{id}``, operation ``remove_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.remove_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("remove_white_label_member", (), locals())

    @overload
    async def update_member(
        self,
        id: int,
        *,
        body: WhiteLabelMemberUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelMember]: ...

    @overload
    async def update_member(
        self,
        id: int,
        *,
        role: WhiteLabelMemberUpdateRequestRole | Unset = UNSET,
        all_domains: bool | Unset = UNSET,
        domain_ids: builtins.list[int] | Unset = UNSET,
        permissions: builtins.list[str] | Unset = UNSET,
        note: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[WhiteLabelMember]: ...

    async def update_member(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[WhiteLabelMember]:
        """Update a White Label member

        ``PATCH /api/v1/white-label/members/{id}``, operation ``update_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.update_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_white_label_member", args, kwargs)

    async def get_member_activity(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[WhiteLabelActivityEntry]]:
        """Get a White Label member's activity

        ``GET /api/v1/white-label/members/{id}/activity``, operation ``get_white_label_member_activity`` (the low-level function:
        ``trekmail_client.api.white_label.get_white_label_member_activity``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_white_label_member_activity", (), locals())

    async def resend_invitation(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ResendWhiteLabelInvitationResponse200]:
        """Resend a White Label invitation

        ``POST /api/v1/white-label/members/{id}:resend-invitation``, operation ``resend_white_label_invitation`` (the low-level function:
        ``trekmail_client.api.white_label.resend_white_label_invitation``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("resend_white_label_invitation", (), locals())

    async def restore_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RestoreWhiteLabelMemberResponse200]:
        """Restore a White Label member

        ``POST /api/v1/white-label/members/{id}:restore``, operation ``restore_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.restore_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("restore_white_label_member", (), locals())

    async def resume_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ResumeWhiteLabelMemberResponse200]:
        """Resume a White Label member

        ``POST /api/v1/white-label/members/{id}:resume``, operation ``resume_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.resume_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("resume_white_label_member", (), locals())

    async def suspend_member(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SuspendWhiteLabelMemberResponse200]:
        """Suspend a White Label member

        ``POST /api/v1/white-label/members/{id}:suspend``, operation ``suspend_white_label_member`` (the low-level function:
        ``trekmail_client.api.white_label.suspend_white_label_member``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("suspend_white_label_member", (), locals())
