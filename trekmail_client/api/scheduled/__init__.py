"""The ``scheduled`` resource (``tm.scheduled``) and its endpoint modules (generated).

Each module ``trekmail_client.api.scheduled.<operation_id>`` is the low-level function layer;
:class:`ScheduledResource` is the layer users meet first.
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
    from ...models.cancel_scheduled_response_200 import CancelScheduledResponse200
    from ...models.error_response import ErrorResponse
    from ...models.list_scheduled_status import check_list_scheduled_status
    from ...models.list_scheduled_status import ListScheduledStatus
    from ...models.message_body import MessageBody
    from ...models.reschedule_message_request import RescheduleMessageRequest
    from ...models.reschedule_message_response_200 import RescheduleMessageResponse200
    from ...models.schedule_message_request import ScheduleMessageRequest
    from ...models.scheduled_message import ScheduledMessage
    from ...models.scheduled_message_create_result import ScheduledMessageCreateResult
    from ...models.scheduled_message_list import ScheduledMessageList
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["ScheduledResource", "ScheduledResourceWithRawResponse"]


class ScheduledResource(APIResource):
    """``tm.scheduled``: the 4 operations tagged ``scheduled``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> ScheduledResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return ScheduledResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        shared_mailbox_id: int | Unset = UNSET,
        status: ListScheduledStatus | Unset = "pending",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[ScheduledMessage, ScheduledMessageList]:
        """List scheduled messages

        ``GET /api/v1/messages/scheduled``, operation ``list_scheduled`` (the low-level function:
        ``trekmail_client.api.scheduled.list_scheduled``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return self._list("list_scheduled", (), locals())

    @overload
    async def schedule_message(
        self,
        *,
        body: ScheduleMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ScheduledMessageCreateResult: ...

    @overload
    async def schedule_message(
        self,
        *,
        to: builtins.list[str],
        scheduled_for: str,
        timezone: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        apply_default_recipients: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ScheduledMessageCreateResult: ...

    async def schedule_message(
        self, *args: Any, **kwargs: Any
    ) -> ScheduledMessageCreateResult:
        """Schedule a message

        ``POST /api/v1/messages/scheduled``, operation ``schedule_message`` (the low-level function:
        ``trekmail_client.api.scheduled.schedule_message``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("schedule_message", args, kwargs)

    async def cancel(
        self,
        id: int,
        *,
        shared_mailbox_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CancelScheduledResponse200 | None:
        """Cancel a scheduled message

        ``DELETE /api/v1/messages/scheduled/{id}``, operation ``cancel_scheduled`` (the low-level function:
        ``trekmail_client.api.scheduled.cancel_scheduled``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("cancel_scheduled", (), locals())

    @overload
    async def reschedule_message(
        self,
        id: int,
        *,
        body: RescheduleMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RescheduleMessageResponse200: ...

    @overload
    async def reschedule_message(
        self,
        id: int,
        *,
        scheduled_for: str,
        timezone: str | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RescheduleMessageResponse200: ...

    async def reschedule_message(
        self, *args: Any, **kwargs: Any
    ) -> RescheduleMessageResponse200:
        """Reschedule a message

        ``PATCH /api/v1/messages/scheduled/{id}``, operation ``reschedule_message`` (the low-level function:
        ``trekmail_client.api.scheduled.reschedule_message``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("reschedule_message", args, kwargs)


class ScheduledResourceWithRawResponse(APIResource):
    """``tm.scheduled.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        cursor: str | Unset = UNSET,
        per_page: int | Unset = 100,
        shared_mailbox_id: int | Unset = UNSET,
        status: ListScheduledStatus | Unset = "pending",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ScheduledMessageList]:
        """List scheduled messages

        ``GET /api/v1/messages/scheduled``, operation ``list_scheduled`` (the low-level function:
        ``trekmail_client.api.scheduled.list_scheduled``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_scheduled", (), locals())

    @overload
    async def schedule_message(
        self,
        *,
        body: ScheduleMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ScheduledMessageCreateResult]: ...

    @overload
    async def schedule_message(
        self,
        *,
        to: builtins.list[str],
        scheduled_for: str,
        timezone: str | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        apply_default_recipients: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ScheduledMessageCreateResult]: ...

    async def schedule_message(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ScheduledMessageCreateResult]:
        """Schedule a message

        ``POST /api/v1/messages/scheduled``, operation ``schedule_message`` (the low-level function:
        ``trekmail_client.api.scheduled.schedule_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("schedule_message", args, kwargs)

    async def cancel(
        self,
        id: int,
        *,
        shared_mailbox_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CancelScheduledResponse200 | None]:
        """Cancel a scheduled message

        ``DELETE /api/v1/messages/scheduled/{id}``, operation ``cancel_scheduled`` (the low-level function:
        ``trekmail_client.api.scheduled.cancel_scheduled``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("cancel_scheduled", (), locals())

    @overload
    async def reschedule_message(
        self,
        id: int,
        *,
        body: RescheduleMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RescheduleMessageResponse200]: ...

    @overload
    async def reschedule_message(
        self,
        id: int,
        *,
        scheduled_for: str,
        timezone: str | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RescheduleMessageResponse200]: ...

    async def reschedule_message(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[RescheduleMessageResponse200]:
        """Reschedule a message

        ``PATCH /api/v1/messages/scheduled/{id}``, operation ``reschedule_message`` (the low-level function:
        ``trekmail_client.api.scheduled.reschedule_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("reschedule_message", args, kwargs)
