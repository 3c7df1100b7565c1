"""The ``blocked_senders`` resource (``tm.blocked_senders``) and its endpoint modules (generated).

Each module ``trekmail_client.api.blocked_senders.<operation_id>`` is the low-level function layer;
:class:`BlockedSendersResource` is the layer users meet first.
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
    from ...models.block_sender_request import BlockSenderRequest
    from ...models.blocked_sender_create_result import BlockedSenderCreateResult
    from ...models.error_response import ErrorResponse
    from ...models.list_blocked_senders_response_200 import (
        ListBlockedSendersResponse200,
    )
    from ...models.unblock_sender_response_200 import UnblockSenderResponse200
    from ...types import UNSET, Unset

__all__ = ["BlockedSendersResource", "BlockedSendersResourceWithRawResponse"]


class BlockedSendersResource(APIResource):
    """``tm.blocked_senders``: the 3 operations tagged ``blocked_senders``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> BlockedSendersResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return BlockedSendersResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBlockedSendersResponse200:
        """List blocked senders

        ``GET /api/v1/messages/blocked-senders``, operation ``list_blocked_senders`` (the low-level function:
        ``trekmail_client.api.blocked_senders.list_blocked_senders``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_blocked_senders", (), locals())

    @overload
    async def block(
        self,
        *,
        body: BlockSenderRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BlockedSenderCreateResult: ...

    @overload
    async def block(
        self,
        *,
        email_or_domain: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BlockedSenderCreateResult: ...

    async def block(self, *args: Any, **kwargs: Any) -> BlockedSenderCreateResult:
        """Block a sender

        ``POST /api/v1/messages/blocked-senders``, operation ``block_sender`` (the low-level function:
        ``trekmail_client.api.blocked_senders.block_sender``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("block_sender", args, kwargs)

    async def unblock(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UnblockSenderResponse200 | None:
        """Unblock a sender

        ``DELETE /api/v1/messages/blocked-senders/{id}``, operation ``unblock_sender`` (the low-level function:
        ``trekmail_client.api.blocked_senders.unblock_sender``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("unblock_sender", (), locals())


class BlockedSendersResourceWithRawResponse(APIResource):
    """``tm.blocked_senders.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListBlockedSendersResponse200]:
        """List blocked senders

        ``GET /api/v1/messages/blocked-senders``, operation ``list_blocked_senders`` (the low-level function:
        ``trekmail_client.api.blocked_senders.list_blocked_senders``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_blocked_senders", (), locals())

    @overload
    async def block(
        self,
        *,
        body: BlockSenderRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BlockedSenderCreateResult]: ...

    @overload
    async def block(
        self,
        *,
        email_or_domain: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BlockedSenderCreateResult]: ...

    async def block(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[BlockedSenderCreateResult]:
        """Block a sender

        ``POST /api/v1/messages/blocked-senders``, operation ``block_sender`` (the low-level function:
        ``trekmail_client.api.blocked_senders.block_sender``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("block_sender", args, kwargs)

    async def unblock(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UnblockSenderResponse200 | None]:
        """Unblock a sender

        ``DELETE /api/v1/messages/blocked-senders/{id}``, operation ``unblock_sender`` (the low-level function:
        ``trekmail_client.api.blocked_senders.unblock_sender``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("unblock_sender", (), locals())
