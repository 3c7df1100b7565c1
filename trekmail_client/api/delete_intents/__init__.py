"""The ``delete_intents`` resource (``tm.delete_intents``) and its endpoint modules (generated).

Each module ``trekmail_client.api.delete_intents.<operation_id>`` is the low-level function layer;
:class:`DeleteIntentsResource` is the layer users meet first.
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
    from ...models.confirm_delete_intent_x_confirm_delete import (
        check_confirm_delete_intent_x_confirm_delete,
    )
    from ...models.confirm_delete_intent_x_confirm_delete import (
        ConfirmDeleteIntentXConfirmDelete,
    )
    from ...models.delete_intent import DeleteIntent
    from ...models.delete_intent_confirm_result import DeleteIntentConfirmResult
    from ...models.delete_intent_response import DeleteIntentResponse
    from ...models.error_response import ErrorResponse
    from ...models.mailbox_action_result import MailboxActionResult
    from ...types import UNSET, Unset

__all__ = ["DeleteIntentsResource", "DeleteIntentsResourceWithRawResponse"]


class DeleteIntentsResource(APIResource):
    """``tm.delete_intents``: the 3 operations tagged ``delete_intents``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DeleteIntentsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DeleteIntentsResourceWithRawResponse(self._client)

    async def confirm(
        self,
        id: int,
        *,
        x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteIntentConfirmResult:
        """Confirm a mailbox deletion

        ``POST /api/v1/delete-intents/{id}:confirm``, operation ``confirm_delete_intent`` (the low-level function:
        ``trekmail_client.api.delete_intents.confirm_delete_intent``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("confirm_delete_intent", (), locals())

    async def create(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteIntent:
        """Start deleting a mailbox

        ``POST /api/v1/mailboxes/{id}:delete-intent``, operation ``create_delete_intent`` (the low-level function:
        ``trekmail_client.api.delete_intents.create_delete_intent``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_delete_intent", (), locals())

    async def restore_mailbox(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult:
        """Restore a deleted mailbox

        ``POST /api/v1/mailboxes/{id}:restore``, operation ``restore_mailbox`` (the low-level function:
        ``trekmail_client.api.delete_intents.restore_mailbox``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("restore_mailbox", (), locals())


class DeleteIntentsResourceWithRawResponse(APIResource):
    """``tm.delete_intents.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def confirm(
        self,
        id: int,
        *,
        x_confirm_delete: ConfirmDeleteIntentXConfirmDelete | Unset = "true",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteIntentConfirmResult]:
        """Confirm a mailbox deletion

        ``POST /api/v1/delete-intents/{id}:confirm``, operation ``confirm_delete_intent`` (the low-level function:
        ``trekmail_client.api.delete_intents.confirm_delete_intent``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("confirm_delete_intent", (), locals())

    async def create(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteIntent]:
        """Start deleting a mailbox

        ``POST /api/v1/mailboxes/{id}:delete-intent``, operation ``create_delete_intent`` (the low-level function:
        ``trekmail_client.api.delete_intents.create_delete_intent``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_delete_intent", (), locals())

    async def restore_mailbox(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]:
        """Restore a deleted mailbox

        ``POST /api/v1/mailboxes/{id}:restore``, operation ``restore_mailbox`` (the low-level function:
        ``trekmail_client.api.delete_intents.restore_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("restore_mailbox", (), locals())
