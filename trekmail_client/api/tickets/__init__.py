"""The ``tickets`` resource (``tm.tickets``) and its endpoint modules (generated).

Each module ``trekmail_client.api.tickets.<operation_id>`` is the low-level function layer;
:class:`TicketsResource` is the layer users meet first.
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
    from ...models.list_tickets_category import check_list_tickets_category
    from ...models.list_tickets_category import ListTicketsCategory
    from ...models.list_tickets_status import check_list_tickets_status
    from ...models.list_tickets_status import ListTicketsStatus
    from ...models.ticket import Ticket
    from ...models.ticket_action_result import TicketActionResult
    from ...models.ticket_create_request import TicketCreateRequest
    from ...models.ticket_create_request_category import (
        check_ticket_create_request_category,
    )
    from ...models.ticket_create_request_category import TicketCreateRequestCategory
    from ...models.ticket_create_request_priority import (
        check_ticket_create_request_priority,
    )
    from ...models.ticket_create_request_priority import TicketCreateRequestPriority
    from ...models.ticket_list import TicketList
    from ...models.ticket_message import TicketMessage
    from ...models.ticket_message_list import TicketMessageList
    from ...models.ticket_reply_request import TicketReplyRequest
    from ...models.ticket_response import TicketResponse
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["TicketsResource", "TicketsResourceWithRawResponse"]


class TicketsResource(APIResource):
    """``tm.tickets``: the 6 operations tagged ``tickets``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> TicketsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return TicketsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        status: ListTicketsStatus | Unset = UNSET,
        category: ListTicketsCategory | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Ticket, TicketList]:
        """List tickets

        ``GET /api/v1/tickets``, operation ``list_tickets`` (the low-level function:
        ``trekmail_client.api.tickets.list_tickets``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_tickets", (), locals())

    @overload
    async def create(
        self,
        *,
        body: TicketCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Ticket: ...

    @overload
    async def create(
        self,
        *,
        subject: str,
        category: TicketCreateRequestCategory,
        message: str,
        priority: TicketCreateRequestPriority | Unset = "normal",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Ticket: ...

    async def create(self, *args: Any, **kwargs: Any) -> Ticket:
        """Open a ticket

        ``POST /api/v1/tickets``, operation ``create_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.create_ticket``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_ticket", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Ticket:
        """Get a ticket

        ``GET /api/v1/tickets/{id}``, operation ``get_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.get_ticket``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_ticket", (), locals())

    async def get_messages(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[TicketMessage]:
        """Get ticket messages

        ``GET /api/v1/tickets/{id}/messages``, operation ``get_ticket_messages`` (the low-level function:
        ``trekmail_client.api.tickets.get_ticket_messages``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_ticket_messages", (), locals())

    @overload
    async def reply_to(
        self,
        id: int,
        *,
        body: TicketReplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TicketActionResult: ...

    @overload
    async def reply_to(
        self,
        id: int,
        *,
        message: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TicketActionResult: ...

    async def reply_to(self, *args: Any, **kwargs: Any) -> TicketActionResult:
        """Reply to a ticket

        ``POST /api/v1/tickets/{id}/reply``, operation ``reply_to_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.reply_to_ticket``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("reply_to_ticket", args, kwargs)

    async def close(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TicketActionResult:
        """Close a ticket

        ``POST /api/v1/tickets/{id}:close``, operation ``close_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.close_ticket``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("close_ticket", (), locals())


class TicketsResourceWithRawResponse(APIResource):
    """``tm.tickets.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        status: ListTicketsStatus | Unset = UNSET,
        category: ListTicketsCategory | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TicketList]:
        """List tickets

        ``GET /api/v1/tickets``, operation ``list_tickets`` (the low-level function:
        ``trekmail_client.api.tickets.list_tickets``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_tickets", (), locals())

    @overload
    async def create(
        self,
        *,
        body: TicketCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Ticket]: ...

    @overload
    async def create(
        self,
        *,
        subject: str,
        category: TicketCreateRequestCategory,
        message: str,
        priority: TicketCreateRequestPriority | Unset = "normal",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Ticket]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[Ticket]:
        """Open a ticket

        ``POST /api/v1/tickets``, operation ``create_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.create_ticket``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_ticket", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Ticket]:
        """Get a ticket

        ``GET /api/v1/tickets/{id}``, operation ``get_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.get_ticket``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_ticket", (), locals())

    async def get_messages(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[TicketMessage]]:
        """Get ticket messages

        ``GET /api/v1/tickets/{id}/messages``, operation ``get_ticket_messages`` (the low-level function:
        ``trekmail_client.api.tickets.get_ticket_messages``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_ticket_messages", (), locals())

    @overload
    async def reply_to(
        self,
        id: int,
        *,
        body: TicketReplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TicketActionResult]: ...

    @overload
    async def reply_to(
        self,
        id: int,
        *,
        message: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TicketActionResult]: ...

    async def reply_to(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[TicketActionResult]:
        """Reply to a ticket

        ``POST /api/v1/tickets/{id}/reply``, operation ``reply_to_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.reply_to_ticket``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("reply_to_ticket", args, kwargs)

    async def close(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TicketActionResult]:
        """Close a ticket

        ``POST /api/v1/tickets/{id}:close``, operation ``close_ticket`` (the low-level function:
        ``trekmail_client.api.tickets.close_ticket``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("close_ticket", (), locals())
