"""The ``identities`` resource (``tm.identities``) and its endpoint modules (generated).

Each module ``trekmail_client.api.identities.<operation_id>`` is the low-level function layer;
:class:`IdentitiesResource` is the layer users meet first.
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
    from ...models.delete_identity_response_200 import DeleteIdentityResponse200
    from ...models.error_response import ErrorResponse
    from ...models.identity_create_request import IdentityCreateRequest
    from ...models.identity_create_request_kind import (
        check_identity_create_request_kind,
    )
    from ...models.identity_create_request_kind import IdentityCreateRequestKind
    from ...models.identity_create_request_smtp_mode import (
        check_identity_create_request_smtp_mode,
    )
    from ...models.identity_create_request_smtp_mode import (
        IdentityCreateRequestSmtpMode,
    )
    from ...models.identity_delete_request import IdentityDeleteRequest
    from ...models.identity_list import IdentityList
    from ...models.identity_result import IdentityResult
    from ...models.identity_update_request import IdentityUpdateRequest
    from ...models.identity_update_request_smtp_mode import (
        check_identity_update_request_smtp_mode,
    )
    from ...models.identity_update_request_smtp_mode import (
        IdentityUpdateRequestSmtpMode,
    )
    from ...models.reply_from_policy_request import ReplyFromPolicyRequest
    from ...models.reply_from_policy_request_reply_from_policy import (
        check_reply_from_policy_request_reply_from_policy,
    )
    from ...models.reply_from_policy_request_reply_from_policy import (
        ReplyFromPolicyRequestReplyFromPolicy,
    )
    from ...models.reply_from_policy_result import ReplyFromPolicyResult
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["IdentitiesResource", "IdentitiesResourceWithRawResponse"]


class IdentitiesResource(APIResource):
    """``tm.identities``: the 5 operations tagged ``identities``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> IdentitiesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return IdentitiesResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        external_account_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IdentityList:
        """List identities

        ``GET /api/v1/messages/identities``, operation ``list_identities`` (the low-level function:
        ``trekmail_client.api.identities.list_identities``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_identities", (), locals())

    @overload
    async def create(
        self,
        *,
        body: IdentityCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IdentityResult: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        kind: IdentityCreateRequestKind | Unset = "managed",
        name: None | str | Unset = UNSET,
        reply_to: None | str | Unset = UNSET,
        signature_html: None | str | Unset = UNSET,
        signature_enabled: bool | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        smtp_mode: IdentityCreateRequestSmtpMode | Unset = UNSET,
        smtp_connection_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IdentityResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> IdentityResult:
        """Create an identity

        ``POST /api/v1/messages/identities``, operation ``create_identity`` (the low-level function:
        ``trekmail_client.api.identities.create_identity``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_identity", args, kwargs)

    @overload
    async def set_reply_from_policy(
        self,
        *,
        body: ReplyFromPolicyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReplyFromPolicyResult: ...

    @overload
    async def set_reply_from_policy(
        self,
        *,
        reply_from_policy: ReplyFromPolicyRequestReplyFromPolicy,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReplyFromPolicyResult: ...

    async def set_reply_from_policy(
        self, *args: Any, **kwargs: Any
    ) -> ReplyFromPolicyResult:
        """Set the reply-from policy

        ``PATCH /api/v1/messages/identities/reply-policy``, operation ``set_reply_from_policy`` (the low-level function:
        ``trekmail_client.api.identities.set_reply_from_policy``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("set_reply_from_policy", args, kwargs)

    @overload
    async def delete(
        self,
        id: int,
        *,
        body: IdentityDeleteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteIdentityResponse200 | None: ...

    @overload
    async def delete(
        self,
        id: int,
        *,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteIdentityResponse200 | None: ...

    async def delete(
        self, *args: Any, **kwargs: Any
    ) -> DeleteIdentityResponse200 | None:
        """Delete an identity

        ``DELETE /api/v1/messages/identities/{id}``, operation ``delete_identity`` (the low-level function:
        ``trekmail_client.api.identities.delete_identity``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_identity", args, kwargs)

    @overload
    async def update(
        self,
        id: int,
        *,
        body: IdentityUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IdentityResult: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        name: None | str | Unset = UNSET,
        reply_to: None | str | Unset = UNSET,
        signature_html: None | str | Unset = UNSET,
        signature_enabled: bool | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        smtp_mode: IdentityUpdateRequestSmtpMode | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        smtp_connection_id: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> IdentityResult: ...

    async def update(self, *args: Any, **kwargs: Any) -> IdentityResult:
        """Update an identity

        ``PATCH /api/v1/messages/identities/{id}``, operation ``update_identity`` (the low-level function:
        ``trekmail_client.api.identities.update_identity``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_identity", args, kwargs)


class IdentitiesResourceWithRawResponse(APIResource):
    """``tm.identities.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        external_account_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IdentityList]:
        """List identities

        ``GET /api/v1/messages/identities``, operation ``list_identities`` (the low-level function:
        ``trekmail_client.api.identities.list_identities``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_identities", (), locals())

    @overload
    async def create(
        self,
        *,
        body: IdentityCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IdentityResult]: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        kind: IdentityCreateRequestKind | Unset = "managed",
        name: None | str | Unset = UNSET,
        reply_to: None | str | Unset = UNSET,
        signature_html: None | str | Unset = UNSET,
        signature_enabled: bool | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        smtp_mode: IdentityCreateRequestSmtpMode | Unset = UNSET,
        smtp_connection_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IdentityResult]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[IdentityResult]:
        """Create an identity

        ``POST /api/v1/messages/identities``, operation ``create_identity`` (the low-level function:
        ``trekmail_client.api.identities.create_identity``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_identity", args, kwargs)

    @overload
    async def set_reply_from_policy(
        self,
        *,
        body: ReplyFromPolicyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReplyFromPolicyResult]: ...

    @overload
    async def set_reply_from_policy(
        self,
        *,
        reply_from_policy: ReplyFromPolicyRequestReplyFromPolicy,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReplyFromPolicyResult]: ...

    async def set_reply_from_policy(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ReplyFromPolicyResult]:
        """Set the reply-from policy

        ``PATCH /api/v1/messages/identities/reply-policy``, operation ``set_reply_from_policy`` (the low-level function:
        ``trekmail_client.api.identities.set_reply_from_policy``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("set_reply_from_policy", args, kwargs)

    @overload
    async def delete(
        self,
        id: int,
        *,
        body: IdentityDeleteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteIdentityResponse200 | None]: ...

    @overload
    async def delete(
        self,
        id: int,
        *,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteIdentityResponse200 | None]: ...

    async def delete(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DeleteIdentityResponse200 | None]:
        """Delete an identity

        ``DELETE /api/v1/messages/identities/{id}``, operation ``delete_identity`` (the low-level function:
        ``trekmail_client.api.identities.delete_identity``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_identity", args, kwargs)

    @overload
    async def update(
        self,
        id: int,
        *,
        body: IdentityUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IdentityResult]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        name: None | str | Unset = UNSET,
        reply_to: None | str | Unset = UNSET,
        signature_html: None | str | Unset = UNSET,
        signature_enabled: bool | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        smtp_mode: IdentityUpdateRequestSmtpMode | Unset = UNSET,
        is_default: bool | Unset = UNSET,
        smtp_connection_id: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[IdentityResult]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[IdentityResult]:
        """Update an identity

        ``PATCH /api/v1/messages/identities/{id}``, operation ``update_identity`` (the low-level function:
        ``trekmail_client.api.identities.update_identity``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_identity", args, kwargs)
