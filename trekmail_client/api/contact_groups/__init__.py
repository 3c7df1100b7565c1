"""The ``contact_groups`` resource (``tm.contact_groups``) and its endpoint modules (generated).

Each module ``trekmail_client.api.contact_groups.<operation_id>`` is the low-level function layer;
:class:`ContactGroupsResource` is the layer users meet first.
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
    from ...models.add_contact_group_members_response_200 import (
        AddContactGroupMembersResponse200,
    )
    from ...models.contact_group_create_result import ContactGroupCreateResult
    from ...models.contact_group_member import ContactGroupMember
    from ...models.contact_group_member_list import ContactGroupMemberList
    from ...models.contact_group_members_request import ContactGroupMembersRequest
    from ...models.contact_group_request import ContactGroupRequest
    from ...models.delete_contact_group_response_200 import (
        DeleteContactGroupResponse200,
    )
    from ...models.error_response import ErrorResponse
    from ...models.list_contact_groups_response_200 import ListContactGroupsResponse200
    from ...models.remove_contact_group_members_response_200 import (
        RemoveContactGroupMembersResponse200,
    )
    from ...models.update_contact_group_response_200 import (
        UpdateContactGroupResponse200,
    )
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["ContactGroupsResource", "ContactGroupsResourceWithRawResponse"]


class ContactGroupsResource(APIResource):
    """``tm.contact_groups``: the 7 operations tagged ``contact_groups``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> ContactGroupsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return ContactGroupsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListContactGroupsResponse200:
        """List contact groups

        ``GET /api/v1/messages/contact-groups``, operation ``list_contact_groups`` (the low-level function:
        ``trekmail_client.api.contact_groups.list_contact_groups``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_contact_groups", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ContactGroupRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactGroupCreateResult: ...

    @overload
    async def create(
        self,
        *,
        group_name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactGroupCreateResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> ContactGroupCreateResult:
        """Create a contact group

        ``POST /api/v1/messages/contact-groups``, operation ``create_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.create_contact_group``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_contact_group", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteContactGroupResponse200 | None:
        """Delete a contact group

        ``DELETE /api/v1/messages/contact-groups/{id}``, operation ``delete_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.delete_contact_group``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_contact_group", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ContactGroupRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateContactGroupResponse200: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        group_name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateContactGroupResponse200: ...

    async def update(self, *args: Any, **kwargs: Any) -> UpdateContactGroupResponse200:
        """Rename a contact group

        ``PATCH /api/v1/messages/contact-groups/{id}``, operation ``update_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.update_contact_group``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_contact_group", args, kwargs)

    def list_members(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[ContactGroupMember, ContactGroupMemberList]:
        """List contact group members

        ``GET /api/v1/messages/contact-groups/{id}/members``, operation ``list_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.list_contact_group_members``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return self._list("list_contact_group_members", (), locals())

    @overload
    async def add_members(
        self,
        id: int,
        *,
        body: ContactGroupMembersRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddContactGroupMembersResponse200: ...

    @overload
    async def add_members(
        self,
        id: int,
        *,
        contact_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AddContactGroupMembersResponse200: ...

    async def add_members(
        self, *args: Any, **kwargs: Any
    ) -> AddContactGroupMembersResponse200:
        """Add contacts to a group

        ``POST /api/v1/messages/contact-groups/{id}/members``, operation ``add_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.add_contact_group_members``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("add_contact_group_members", args, kwargs)

    @overload
    async def remove_members(
        self,
        id: int,
        *,
        body: ContactGroupMembersRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemoveContactGroupMembersResponse200 | None: ...

    @overload
    async def remove_members(
        self,
        id: int,
        *,
        contact_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RemoveContactGroupMembersResponse200 | None: ...

    async def remove_members(
        self, *args: Any, **kwargs: Any
    ) -> RemoveContactGroupMembersResponse200 | None:
        """Remove contacts from a group

        ``DELETE /api/v1/messages/contact-groups/{id}/members``, operation ``remove_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.remove_contact_group_members``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("remove_contact_group_members", args, kwargs)


class ContactGroupsResourceWithRawResponse(APIResource):
    """``tm.contact_groups.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListContactGroupsResponse200]:
        """List contact groups

        ``GET /api/v1/messages/contact-groups``, operation ``list_contact_groups`` (the low-level function:
        ``trekmail_client.api.contact_groups.list_contact_groups``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_contact_groups", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ContactGroupRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactGroupCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        group_name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactGroupCreateResult]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ContactGroupCreateResult]:
        """Create a contact group

        ``POST /api/v1/messages/contact-groups``, operation ``create_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.create_contact_group``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_contact_group", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteContactGroupResponse200 | None]:
        """Delete a contact group

        ``DELETE /api/v1/messages/contact-groups/{id}``, operation ``delete_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.delete_contact_group``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_contact_group", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ContactGroupRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateContactGroupResponse200]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        group_name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateContactGroupResponse200]: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateContactGroupResponse200]:
        """Rename a contact group

        ``PATCH /api/v1/messages/contact-groups/{id}``, operation ``update_contact_group`` (the low-level function:
        ``trekmail_client.api.contact_groups.update_contact_group``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_contact_group", args, kwargs)

    async def list_members(
        self,
        id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 50,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactGroupMemberList]:
        """List contact group members

        ``GET /api/v1/messages/contact-groups/{id}/members``, operation ``list_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.list_contact_group_members``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_contact_group_members", (), locals())

    @overload
    async def add_members(
        self,
        id: int,
        *,
        body: ContactGroupMembersRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AddContactGroupMembersResponse200]: ...

    @overload
    async def add_members(
        self,
        id: int,
        *,
        contact_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AddContactGroupMembersResponse200]: ...

    async def add_members(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[AddContactGroupMembersResponse200]:
        """Add contacts to a group

        ``POST /api/v1/messages/contact-groups/{id}/members``, operation ``add_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.add_contact_group_members``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("add_contact_group_members", args, kwargs)

    @overload
    async def remove_members(
        self,
        id: int,
        *,
        body: ContactGroupMembersRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RemoveContactGroupMembersResponse200 | None]: ...

    @overload
    async def remove_members(
        self,
        id: int,
        *,
        contact_ids: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RemoveContactGroupMembersResponse200 | None]: ...

    async def remove_members(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[RemoveContactGroupMembersResponse200 | None]:
        """Remove contacts from a group

        ``DELETE /api/v1/messages/contact-groups/{id}/members``, operation ``remove_contact_group_members`` (the low-level function:
        ``trekmail_client.api.contact_groups.remove_contact_group_members``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("remove_contact_group_members", args, kwargs)
