"""The ``auto_reply`` resource (``tm.auto_reply``) and its endpoint modules (generated).

Each module ``trekmail_client.api.auto_reply.<operation_id>`` is the low-level function layer;
:class:`AutoReplyResource` is the layer users meet first.
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
    from ...models.auto_reply import AutoReply
    from ...models.auto_reply_request import AutoReplyRequest
    from ...models.auto_reply_response import AutoReplyResponse
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset
    from typing import cast
    import datetime

__all__ = ["AutoReplyResource", "AutoReplyResourceWithRawResponse"]


class AutoReplyResource(APIResource):
    """``tm.auto_reply``: the 2 operations tagged ``auto_reply``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> AutoReplyResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return AutoReplyResourceWithRawResponse(self._client)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AutoReply:
        """Get the auto-reply

        ``GET /api/v1/mailboxes/{id}/auto-reply``, operation ``get_auto_reply`` (the low-level function:
        ``trekmail_client.api.auto_reply.get_auto_reply``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_auto_reply", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: AutoReplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AutoReply: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        enabled: bool,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        start_date: datetime.date | None | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        skip_lists: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AutoReply: ...

    async def set(self, *args: Any, **kwargs: Any) -> AutoReply:
        """Set the auto-reply

        ``PUT /api/v1/mailboxes/{id}/auto-reply``, operation ``set_auto_reply`` (the low-level function:
        ``trekmail_client.api.auto_reply.set_auto_reply``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_auto_reply", args, kwargs)


class AutoReplyResourceWithRawResponse(APIResource):
    """``tm.auto_reply.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AutoReply]:
        """Get the auto-reply

        ``GET /api/v1/mailboxes/{id}/auto-reply``, operation ``get_auto_reply`` (the low-level function:
        ``trekmail_client.api.auto_reply.get_auto_reply``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_auto_reply", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: AutoReplyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AutoReply]: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        enabled: bool,
        subject: str | Unset = UNSET,
        body: str | Unset = UNSET,
        start_date: datetime.date | None | Unset = UNSET,
        end_date: datetime.date | None | Unset = UNSET,
        skip_lists: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AutoReply]: ...

    async def set(self, *args: Any, **kwargs: Any) -> RawResponse[AutoReply]:
        """Set the auto-reply

        ``PUT /api/v1/mailboxes/{id}/auto-reply``, operation ``set_auto_reply`` (the low-level function:
        ``trekmail_client.api.auto_reply.set_auto_reply``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_auto_reply", args, kwargs)
