"""The ``aliases`` resource (``tm.aliases``) and its endpoint modules (generated).

Each module ``trekmail_client.api.aliases.<operation_id>`` is the low-level function layer;
:class:`AliasesResource` is the layer users meet first.
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
    from ...models.alias import Alias
    from ...models.alias_create_request import AliasCreateRequest
    from ...models.alias_list import AliasList
    from ...models.alias_response import AliasResponse
    from ...models.alias_update_request import AliasUpdateRequest
    from ...models.delete_alias_response_200 import DeleteAliasResponse200
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset

__all__ = ["AliasesResource", "AliasesResourceWithRawResponse"]


class AliasesResource(APIResource):
    """``tm.aliases``: the 4 operations tagged ``aliases``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> AliasesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return AliasesResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        mailbox_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[Alias]:
        """List aliases

        ``GET /api/v1/aliases``, operation ``list_aliases`` (the low-level function:
        ``trekmail_client.api.aliases.list_aliases``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("list_aliases", (), locals())

    @overload
    async def create(
        self,
        *,
        body: AliasCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Alias: ...

    @overload
    async def create(
        self,
        *,
        local_part: str,
        domain_id: int,
        mailbox_id: int | Unset = UNSET,
        can_receive: bool | Unset = True,
        can_send: bool | Unset = False,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Alias: ...

    async def create(self, *args: Any, **kwargs: Any) -> Alias:
        """Create an alias

        ``POST /api/v1/aliases``, operation ``create_alias`` (the low-level function:
        ``trekmail_client.api.aliases.create_alias``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_alias", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteAliasResponse200 | None:
        """Delete an alias

        ``DELETE /api/v1/aliases/{id}``, operation ``delete_alias`` (the low-level function:
        ``trekmail_client.api.aliases.delete_alias``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_alias", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: AliasUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Alias: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        can_receive: bool | Unset = UNSET,
        can_send: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Alias: ...

    async def update(self, *args: Any, **kwargs: Any) -> Alias:
        """Update an alias

        ``PATCH /api/v1/aliases/{id}``, operation ``update_alias`` (the low-level function:
        ``trekmail_client.api.aliases.update_alias``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_alias", args, kwargs)


class AliasesResourceWithRawResponse(APIResource):
    """``tm.aliases.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        mailbox_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[Alias]]:
        """List aliases

        ``GET /api/v1/aliases``, operation ``list_aliases`` (the low-level function:
        ``trekmail_client.api.aliases.list_aliases``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_aliases", (), locals())

    @overload
    async def create(
        self,
        *,
        body: AliasCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Alias]: ...

    @overload
    async def create(
        self,
        *,
        local_part: str,
        domain_id: int,
        mailbox_id: int | Unset = UNSET,
        can_receive: bool | Unset = True,
        can_send: bool | Unset = False,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Alias]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[Alias]:
        """Create an alias

        ``POST /api/v1/aliases``, operation ``create_alias`` (the low-level function:
        ``trekmail_client.api.aliases.create_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_alias", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteAliasResponse200 | None]:
        """Delete an alias

        ``DELETE /api/v1/aliases/{id}``, operation ``delete_alias`` (the low-level function:
        ``trekmail_client.api.aliases.delete_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_alias", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: AliasUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Alias]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        can_receive: bool | Unset = UNSET,
        can_send: bool | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Alias]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[Alias]:
        """Update an alias

        ``PATCH /api/v1/aliases/{id}``, operation ``update_alias`` (the low-level function:
        ``trekmail_client.api.aliases.update_alias``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_alias", args, kwargs)
