"""The ``calendar`` resource (``tm.calendar``) and its endpoint modules (generated).

Each module ``trekmail_client.api.calendar.<operation_id>`` is the low-level function layer;
:class:`CalendarResource` is the layer users meet first.
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
    from ...models.calendar_event import CalendarEvent
    from ...models.calendar_event_create_request import CalendarEventCreateRequest
    from ...models.calendar_event_create_result import CalendarEventCreateResult
    from ...models.calendar_event_list import CalendarEventList
    from ...models.calendar_event_update_request import CalendarEventUpdateRequest
    from ...models.delete_calendar_event_response_200 import (
        DeleteCalendarEventResponse200,
    )
    from ...models.error_response import ErrorResponse
    from ...models.update_calendar_event_response_200 import (
        UpdateCalendarEventResponse200,
    )
    from ...types import UNSET, Unset

__all__ = ["CalendarResource", "CalendarResourceWithRawResponse"]


class CalendarResource(APIResource):
    """``tm.calendar``: the 4 operations tagged ``calendar``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> CalendarResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return CalendarResourceWithRawResponse(self._client)

    def list_events(
        self,
        *,
        start: str,
        end: str,
        per_page: int | Unset = 200,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[CalendarEvent, CalendarEventList]:
        """List calendar events

        ``GET /api/v1/messages/calendar/events``, operation ``list_calendar_events`` (the low-level function:
        ``trekmail_client.api.calendar.list_calendar_events``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return self._list("list_calendar_events", (), locals())

    @overload
    async def create_event(
        self,
        *,
        body: CalendarEventCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CalendarEventCreateResult: ...

    @overload
    async def create_event(
        self,
        *,
        title: str,
        start_at: str,
        description: str | Unset = UNSET,
        end_at: str | Unset = UNSET,
        all_day: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        location: str | Unset = UNSET,
        color: str | Unset = UNSET,
        reminder_minutes: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CalendarEventCreateResult: ...

    async def create_event(
        self, *args: Any, **kwargs: Any
    ) -> CalendarEventCreateResult:
        """Create a calendar event

        ``POST /api/v1/messages/calendar/events``, operation ``create_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.create_calendar_event``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_calendar_event", args, kwargs)

    async def delete_event(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteCalendarEventResponse200 | None:
        """Delete a calendar event

        ``DELETE /api/v1/messages/calendar/events/{id}``, operation ``delete_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.delete_calendar_event``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_calendar_event", (), locals())

    @overload
    async def update_event(
        self,
        id: int,
        *,
        body: CalendarEventUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateCalendarEventResponse200: ...

    @overload
    async def update_event(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        end_at: str | Unset = UNSET,
        all_day: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        location: str | Unset = UNSET,
        color: str | Unset = UNSET,
        reminder_minutes: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateCalendarEventResponse200: ...

    async def update_event(
        self, *args: Any, **kwargs: Any
    ) -> UpdateCalendarEventResponse200:
        """Update a calendar event

        ``PATCH /api/v1/messages/calendar/events/{id}``, operation ``update_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.update_calendar_event``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_calendar_event", args, kwargs)


class CalendarResourceWithRawResponse(APIResource):
    """``tm.calendar.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list_events(
        self,
        *,
        start: str,
        end: str,
        per_page: int | Unset = 200,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CalendarEventList]:
        """List calendar events

        ``GET /api/v1/messages/calendar/events``, operation ``list_calendar_events`` (the low-level function:
        ``trekmail_client.api.calendar.list_calendar_events``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_calendar_events", (), locals())

    @overload
    async def create_event(
        self,
        *,
        body: CalendarEventCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CalendarEventCreateResult]: ...

    @overload
    async def create_event(
        self,
        *,
        title: str,
        start_at: str,
        description: str | Unset = UNSET,
        end_at: str | Unset = UNSET,
        all_day: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        location: str | Unset = UNSET,
        color: str | Unset = UNSET,
        reminder_minutes: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[CalendarEventCreateResult]: ...

    async def create_event(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[CalendarEventCreateResult]:
        """Create a calendar event

        ``POST /api/v1/messages/calendar/events``, operation ``create_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.create_calendar_event``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_calendar_event", args, kwargs)

    async def delete_event(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteCalendarEventResponse200 | None]:
        """Delete a calendar event

        ``DELETE /api/v1/messages/calendar/events/{id}``, operation ``delete_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.delete_calendar_event``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_calendar_event", (), locals())

    @overload
    async def update_event(
        self,
        id: int,
        *,
        body: CalendarEventUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateCalendarEventResponse200]: ...

    @overload
    async def update_event(
        self,
        id: int,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        start_at: str | Unset = UNSET,
        end_at: str | Unset = UNSET,
        all_day: bool | Unset = UNSET,
        timezone: str | Unset = UNSET,
        location: str | Unset = UNSET,
        color: str | Unset = UNSET,
        reminder_minutes: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateCalendarEventResponse200]: ...

    async def update_event(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateCalendarEventResponse200]:
        """Update a calendar event

        ``PATCH /api/v1/messages/calendar/events/{id}``, operation ``update_calendar_event`` (the low-level function:
        ``trekmail_client.api.calendar.update_calendar_event``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_calendar_event", args, kwargs)
