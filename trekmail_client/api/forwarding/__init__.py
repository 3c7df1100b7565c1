"""The ``forwarding`` resource (``tm.forwarding``) and its endpoint modules (generated).

Each module ``trekmail_client.api.forwarding.<operation_id>`` is the low-level function layer;
:class:`ForwardingResource` is the layer users meet first.
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
    from ...models.forwarding import Forwarding
    from ...models.forwarding_response import ForwardingResponse
    from ...models.forwarding_update_request import ForwardingUpdateRequest
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["ForwardingResource", "ForwardingResourceWithRawResponse"]


class ForwardingResource(APIResource):
    """``tm.forwarding``: the 2 operations tagged ``forwarding``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> ForwardingResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return ForwardingResourceWithRawResponse(self._client)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Forwarding:
        """Get mailbox forwarding

        ``GET /api/v1/mailboxes/{id}/forwarding``, operation ``get_forwarding`` (the low-level function:
        ``trekmail_client.api.forwarding.get_forwarding``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_forwarding", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: ForwardingUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Forwarding: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        enabled: bool,
        targets: builtins.list[str] | Unset = UNSET,
        keep_copy: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Forwarding: ...

    async def set(self, *args: Any, **kwargs: Any) -> Forwarding:
        """Set mailbox forwarding

        ``PUT /api/v1/mailboxes/{id}/forwarding``, operation ``set_forwarding`` (the low-level function:
        ``trekmail_client.api.forwarding.set_forwarding``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_forwarding", args, kwargs)


class ForwardingResourceWithRawResponse(APIResource):
    """``tm.forwarding.with_raw_response``: each method returns the answer as received."""

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
    ) -> RawResponse[Forwarding]:
        """Get mailbox forwarding

        ``GET /api/v1/mailboxes/{id}/forwarding``, operation ``get_forwarding`` (the low-level function:
        ``trekmail_client.api.forwarding.get_forwarding``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_forwarding", (), locals())

    @overload
    async def set(
        self,
        id: int,
        *,
        body: ForwardingUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Forwarding]: ...

    @overload
    async def set(
        self,
        id: int,
        *,
        enabled: bool,
        targets: builtins.list[str] | Unset = UNSET,
        keep_copy: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Forwarding]: ...

    async def set(self, *args: Any, **kwargs: Any) -> RawResponse[Forwarding]:
        """Set mailbox forwarding

        ``PUT /api/v1/mailboxes/{id}/forwarding``, operation ``set_forwarding`` (the low-level function:
        ``trekmail_client.api.forwarding.set_forwarding``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_forwarding", args, kwargs)
