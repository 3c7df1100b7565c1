"""The ``drafts`` resource (``tm.drafts``) and its endpoint modules (generated).

Each module ``trekmail_client.api.drafts.<operation_id>`` is the low-level function layer;
:class:`DraftsResource` is the layer users meet first.
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
    from ...models.draft_request import DraftRequest
    from ...models.draft_save_result import DraftSaveResult
    from ...models.draft_update_request import DraftUpdateRequest
    from ...models.error_response import ErrorResponse
    from ...models.message_body import MessageBody
    from ...models.outgoing_attachment import OutgoingAttachment
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["DraftsResource", "DraftsResourceWithRawResponse"]


class DraftsResource(APIResource):
    """``tm.drafts``: the 2 operations tagged ``drafts``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DraftsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DraftsResourceWithRawResponse(self._client)

    @overload
    async def save(
        self,
        *,
        body: DraftRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DraftSaveResult: ...

    @overload
    async def save(
        self,
        *,
        to: builtins.list[str] | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DraftSaveResult: ...

    async def save(self, *args: Any, **kwargs: Any) -> DraftSaveResult:
        """Save a draft

        ``POST /api/v1/messages/drafts``, operation ``save_draft`` (the low-level function:
        ``trekmail_client.api.drafts.save_draft``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("save_draft", args, kwargs)

    @overload
    async def update(
        self,
        uid: int,
        *,
        body: DraftUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DraftSaveResult: ...

    @overload
    async def update(
        self,
        uid: int,
        *,
        uidvalidity: int,
        to: builtins.list[str] | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DraftSaveResult: ...

    async def update(self, *args: Any, **kwargs: Any) -> DraftSaveResult:
        """Replace a draft

        ``PUT /api/v1/messages/drafts/{uid}``, operation ``update_draft`` (the low-level function:
        ``trekmail_client.api.drafts.update_draft``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_draft", args, kwargs)


class DraftsResourceWithRawResponse(APIResource):
    """``tm.drafts.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def save(
        self,
        *,
        body: DraftRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DraftSaveResult]: ...

    @overload
    async def save(
        self,
        *,
        to: builtins.list[str] | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DraftSaveResult]: ...

    async def save(self, *args: Any, **kwargs: Any) -> RawResponse[DraftSaveResult]:
        """Save a draft

        ``POST /api/v1/messages/drafts``, operation ``save_draft`` (the low-level function:
        ``trekmail_client.api.drafts.save_draft``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("save_draft", args, kwargs)

    @overload
    async def update(
        self,
        uid: int,
        *,
        body: DraftUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DraftSaveResult]: ...

    @overload
    async def update(
        self,
        uid: int,
        *,
        uidvalidity: int,
        to: builtins.list[str] | Unset = UNSET,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        subject: str | Unset = UNSET,
        body: MessageBody | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DraftSaveResult]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[DraftSaveResult]:
        """Replace a draft

        ``PUT /api/v1/messages/drafts/{uid}``, operation ``update_draft`` (the low-level function:
        ``trekmail_client.api.drafts.update_draft``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_draft", args, kwargs)
