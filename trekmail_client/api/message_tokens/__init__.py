"""The ``message_tokens`` resource (``tm.message_tokens``) and its endpoint modules (generated).

Each module ``trekmail_client.api.message_tokens.<operation_id>`` is the low-level function layer;
:class:`MessageTokensResource` is the layer users meet first.
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
    from ...models.message_token import MessageToken
    from ...models.message_token_create_request import MessageTokenCreateRequest
    from ...models.message_token_create_request_expires_in import (
        check_message_token_create_request_expires_in,
    )
    from ...models.message_token_create_request_expires_in import (
        MessageTokenCreateRequestExpiresIn,
    )
    from ...models.message_token_create_request_scopes_item import (
        check_message_token_create_request_scopes_item,
    )
    from ...models.message_token_create_request_scopes_item import (
        MessageTokenCreateRequestScopesItem,
    )
    from ...models.message_token_create_response import MessageTokenCreateResponse
    from ...models.message_token_created import MessageTokenCreated
    from ...models.message_token_list import MessageTokenList
    from ...models.message_token_revoke_result import MessageTokenRevokeResult
    from ...models.message_token_update_request import MessageTokenUpdateRequest
    from ...models.message_token_update_request_expires_in import (
        check_message_token_update_request_expires_in,
    )
    from ...models.message_token_update_request_expires_in import (
        MessageTokenUpdateRequestExpiresIn,
    )
    from ...models.message_token_update_request_scopes_item import (
        check_message_token_update_request_scopes_item,
    )
    from ...models.message_token_update_request_scopes_item import (
        MessageTokenUpdateRequestScopesItem,
    )
    from ...models.message_token_update_result import MessageTokenUpdateResult
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["MessageTokensResource", "MessageTokensResourceWithRawResponse"]


class MessageTokensResource(APIResource):
    """``tm.message_tokens``: the 4 operations tagged ``message_tokens``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> MessageTokensResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return MessageTokensResourceWithRawResponse(self._client)

    def list(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[MessageToken, MessageTokenList]:
        """List message tokens

        ``GET /api/v1/mailboxes/{id}/message-tokens``, operation ``list_message_tokens`` (the low-level function:
        ``trekmail_client.api.message_tokens.list_message_tokens``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_message_tokens", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: MessageTokenCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageTokenCreated: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        name: str,
        scopes: builtins.list[MessageTokenCreateRequestScopesItem],
        expires_in: MessageTokenCreateRequestExpiresIn | Unset = "never",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageTokenCreated: ...

    async def create(self, *args: Any, **kwargs: Any) -> MessageTokenCreated:
        """Create a message token

        ``POST /api/v1/mailboxes/{id}/message-tokens``, operation ``create_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.create_message_token``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_message_token", args, kwargs)

    async def revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageTokenRevokeResult | None:
        """Revoke a message token

        ``DELETE /api/v1/message-tokens/{id}``, operation ``revoke_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.revoke_message_token``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("revoke_message_token", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: MessageTokenUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageToken: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        scopes: builtins.list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET,
        expires_in: MessageTokenUpdateRequestExpiresIn | Unset = UNSET,
        name: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageToken: ...

    async def update(self, *args: Any, **kwargs: Any) -> MessageToken:
        """Narrow a message token

        ``PATCH /api/v1/message-tokens/{id}``, operation ``update_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.update_message_token``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_message_token", args, kwargs)


class MessageTokensResourceWithRawResponse(APIResource):
    """``tm.message_tokens.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageTokenList]:
        """List message tokens

        ``GET /api/v1/mailboxes/{id}/message-tokens``, operation ``list_message_tokens`` (the low-level function:
        ``trekmail_client.api.message_tokens.list_message_tokens``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_message_tokens", (), locals())

    @overload
    async def create(
        self,
        id: int,
        *,
        body: MessageTokenCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageTokenCreated]: ...

    @overload
    async def create(
        self,
        id: int,
        *,
        name: str,
        scopes: builtins.list[MessageTokenCreateRequestScopesItem],
        expires_in: MessageTokenCreateRequestExpiresIn | Unset = "never",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageTokenCreated]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MessageTokenCreated]:
        """Create a message token

        ``POST /api/v1/mailboxes/{id}/message-tokens``, operation ``create_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.create_message_token``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_message_token", args, kwargs)

    async def revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageTokenRevokeResult | None]:
        """Revoke a message token

        ``DELETE /api/v1/message-tokens/{id}``, operation ``revoke_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.revoke_message_token``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("revoke_message_token", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: MessageTokenUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageToken]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        scopes: builtins.list[MessageTokenUpdateRequestScopesItem] | Unset = UNSET,
        expires_in: MessageTokenUpdateRequestExpiresIn | Unset = UNSET,
        name: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageToken]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[MessageToken]:
        """Narrow a message token

        ``PATCH /api/v1/message-tokens/{id}``, operation ``update_message_token`` (the low-level function:
        ``trekmail_client.api.message_tokens.update_message_token``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_message_token", args, kwargs)
