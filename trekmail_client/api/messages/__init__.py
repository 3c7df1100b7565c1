"""The ``messages`` resource (``tm.messages``) and its endpoint modules (generated).

Each module ``trekmail_client.api.messages.<operation_id>`` is the low-level function layer;
:class:`MessagesResource` is the layer users meet first.
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
    from ...models.bulk_action_response_200 import BulkActionResponse200
    from ...models.delete_message_response_200 import DeleteMessageResponse200
    from ...models.error_response import ErrorResponse
    from ...models.message import Message
    from ...models.message_attachment_content import MessageAttachmentContent
    from ...models.message_attachments_archive import MessageAttachmentsArchive
    from ...models.message_body import MessageBody
    from ...models.message_bulk_action_request import MessageBulkActionRequest
    from ...models.message_bulk_action_request_action import (
        check_message_bulk_action_request_action,
    )
    from ...models.message_bulk_action_request_action import (
        MessageBulkActionRequestAction,
    )
    from ...models.message_delivery import MessageDelivery
    from ...models.message_flags_request import MessageFlagsRequest
    from ...models.message_flags_request_flags import MessageFlagsRequestFlags
    from ...models.message_flags_result import MessageFlagsResult
    from ...models.message_list_response import MessageListResponse
    from ...models.message_me_response import MessageMeResponse
    from ...models.message_move_request import MessageMoveRequest
    from ...models.message_sending_limits import MessageSendingLimits
    from ...models.message_summary import MessageSummary
    from ...models.move_message_response_200 import MoveMessageResponse200
    from ...models.outgoing_attachment import OutgoingAttachment
    from ...models.ping_messages_response_200 import PingMessagesResponse200
    from ...models.prepared_message import PreparedMessage
    from ...models.raw_message import RawMessage
    from ...models.report_ham_request import ReportHamRequest
    from ...models.report_ham_response_200 import ReportHamResponse200
    from ...models.report_spam_request import ReportSpamRequest
    from ...models.report_spam_response_200 import ReportSpamResponse200
    from ...models.send_message_request import SendMessageRequest
    from ...models.send_message_request_headers import SendMessageRequestHeaders
    from ...models.send_message_result import SendMessageResult
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["MessagesResource", "MessagesResourceWithRawResponse"]


class MessagesResource(APIResource):
    """``tm.messages``: the 19 operations tagged ``messages``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return MessagesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        folder: str | Unset = "INBOX",
        limit: int | Unset = 20,
        before_uid: int | Unset = UNSET,
        since: str | Unset = UNSET,
        unread_only: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[MessageSummary, MessageListResponse]:
        """List messages

        ``GET /api/v1/messages``, operation ``list_messages`` (the low-level function:
        ``trekmail_client.api.messages.list_messages``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return self._list("list_messages", (), locals())

    async def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageMeResponse:
        """Describe the message token

        ``GET /api/v1/messages/_me``, operation ``whoami_messages`` (the low-level function:
        ``trekmail_client.api.messages.whoami_messages``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("whoami_messages", (), locals())

    async def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PingMessagesResponse200:
        """Check the message API

        ``GET /api/v1/messages/_ping``, operation ``ping_messages`` (the low-level function:
        ``trekmail_client.api.messages.ping_messages``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("ping_messages", (), locals())

    async def get_delivery(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageDelivery:
        """Get a message delivery

        ``GET /api/v1/messages/deliveries/{request_id}``, operation ``get_message_delivery`` (the low-level function:
        ``trekmail_client.api.messages.get_message_delivery``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("get_message_delivery", (), locals())

    @overload
    async def send(
        self,
        *,
        body: SendMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SendMessageResult: ...

    @overload
    async def send(
        self,
        *,
        to: builtins.list[str],
        subject: str,
        body: MessageBody,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        reply_to_message_id: str | Unset = UNSET,
        headers: SendMessageRequestHeaders | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        apply_default_recipients: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SendMessageResult: ...

    async def send(self, *args: Any, **kwargs: Any) -> SendMessageResult:
        """Send a message

        ``POST /api/v1/messages/send``, operation ``send_message`` (the low-level function:
        ``trekmail_client.api.messages.send_message``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("send_message", args, kwargs)

    async def get_mailbox_sending_limits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageSendingLimits:
        """Get the mailbox's sending limits

        ``GET /api/v1/messages/sending-limits``, operation ``get_mailbox_sending_limits`` (the low-level function:
        ``trekmail_client.api.messages.get_mailbox_sending_limits``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("get_mailbox_sending_limits", (), locals())

    async def read(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Message:
        """Read a message

        ``GET /api/v1/messages/{uid}``, operation ``read_message`` (the low-level function:
        ``trekmail_client.api.messages.read_message``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("read_message", (), locals())

    async def delete(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteMessageResponse200 | None:
        """Delete a message

        ``DELETE /api/v1/messages/{uid}``, operation ``delete_message`` (the low-level function:
        ``trekmail_client.api.messages.delete_message``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_message", (), locals())

    @overload
    async def update_flags(
        self,
        uid: int,
        *,
        body: MessageFlagsRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageFlagsResult: ...

    @overload
    async def update_flags(
        self,
        uid: int,
        *,
        flags: MessageFlagsRequestFlags,
        folder: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageFlagsResult: ...

    async def update_flags(self, *args: Any, **kwargs: Any) -> MessageFlagsResult:
        """Update message flags

        ``PATCH /api/v1/messages/{uid}``, operation ``update_message_flags`` (the low-level function:
        ``trekmail_client.api.messages.update_message_flags``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_message_flags", args, kwargs)

    async def download_all_attachments(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageAttachmentsArchive:
        """Download all attachments

        ``GET /api/v1/messages/{uid}/attachments``, operation ``download_all_attachments`` (the low-level function:
        ``trekmail_client.api.messages.download_all_attachments``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("download_all_attachments", (), locals())

    async def download_attachment(
        self,
        uid: int,
        index: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MessageAttachmentContent:
        """Download an attachment

        ``GET /api/v1/messages/{uid}/attachments/{index}``, operation ``download_attachment`` (the low-level function:
        ``trekmail_client.api.messages.download_attachment``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("download_attachment", (), locals())

    async def prepare_forward(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PreparedMessage:
        """Prepare a forward

        ``GET /api/v1/messages/{uid}/forward``, operation ``prepare_forward`` (the low-level function:
        ``trekmail_client.api.messages.prepare_forward``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("prepare_forward", (), locals())

    async def get_raw(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawMessage:
        """Get the raw message

        ``GET /api/v1/messages/{uid}/raw``, operation ``get_raw_message`` (the low-level function:
        ``trekmail_client.api.messages.get_raw_message``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("get_raw_message", (), locals())

    async def prepare_reply(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PreparedMessage:
        """Prepare a reply

        ``GET /api/v1/messages/{uid}/reply``, operation ``prepare_reply`` (the low-level function:
        ``trekmail_client.api.messages.prepare_reply``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("prepare_reply", (), locals())

    async def prepare_reply_all(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PreparedMessage:
        """Prepare a reply to all

        ``GET /api/v1/messages/{uid}/reply-all``, operation ``prepare_reply_all`` (the low-level function:
        ``trekmail_client.api.messages.prepare_reply_all``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("prepare_reply_all", (), locals())

    @overload
    async def report_ham(
        self,
        uid: int,
        *,
        body: ReportHamRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReportHamResponse200: ...

    @overload
    async def report_ham(
        self,
        uid: int,
        *,
        folder: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReportHamResponse200: ...

    async def report_ham(self, *args: Any, **kwargs: Any) -> ReportHamResponse200:
        """Report not spam

        ``POST /api/v1/messages/{uid}:ham``, operation ``report_ham`` (the low-level function:
        ``trekmail_client.api.messages.report_ham``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("report_ham", args, kwargs)

    @overload
    async def move(
        self,
        uid: int,
        *,
        body: MessageMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MoveMessageResponse200: ...

    @overload
    async def move(
        self,
        uid: int,
        *,
        destination: str,
        folder: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MoveMessageResponse200: ...

    async def move(self, *args: Any, **kwargs: Any) -> MoveMessageResponse200:
        """Move a message

        ``POST /api/v1/messages/{uid}:move``, operation ``move_message`` (the low-level function:
        ``trekmail_client.api.messages.move_message``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("move_message", args, kwargs)

    @overload
    async def report_spam(
        self,
        uid: int,
        *,
        body: ReportSpamRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReportSpamResponse200: ...

    @overload
    async def report_spam(
        self,
        uid: int,
        *,
        folder: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ReportSpamResponse200: ...

    async def report_spam(self, *args: Any, **kwargs: Any) -> ReportSpamResponse200:
        """Report spam

        ``POST /api/v1/messages/{uid}:spam``, operation ``report_spam`` (the low-level function:
        ``trekmail_client.api.messages.report_spam``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("report_spam", args, kwargs)

    @overload
    async def bulk_action(
        self,
        *,
        body: MessageBulkActionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkActionResponse200: ...

    @overload
    async def bulk_action(
        self,
        *,
        folder: str,
        uids: builtins.list[int],
        action: MessageBulkActionRequestAction,
        destination: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkActionResponse200: ...

    async def bulk_action(self, *args: Any, **kwargs: Any) -> BulkActionResponse200:
        """Apply an action to many messages

        ``POST /api/v1/messages:bulk``, operation ``bulk_action`` (the low-level function:
        ``trekmail_client.api.messages.bulk_action``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("bulk_action", args, kwargs)


class MessagesResourceWithRawResponse(APIResource):
    """``tm.messages.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        folder: str | Unset = "INBOX",
        limit: int | Unset = 20,
        before_uid: int | Unset = UNSET,
        since: str | Unset = UNSET,
        unread_only: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageListResponse]:
        """List messages

        ``GET /api/v1/messages``, operation ``list_messages`` (the low-level function:
        ``trekmail_client.api.messages.list_messages``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_messages", (), locals())

    async def whoami(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageMeResponse]:
        """Describe the message token

        ``GET /api/v1/messages/_me``, operation ``whoami_messages`` (the low-level function:
        ``trekmail_client.api.messages.whoami_messages``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("whoami_messages", (), locals())

    async def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PingMessagesResponse200]:
        """Check the message API

        ``GET /api/v1/messages/_ping``, operation ``ping_messages`` (the low-level function:
        ``trekmail_client.api.messages.ping_messages``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("ping_messages", (), locals())

    async def get_delivery(
        self,
        request_id: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageDelivery]:
        """Get a message delivery

        ``GET /api/v1/messages/deliveries/{request_id}``, operation ``get_message_delivery`` (the low-level function:
        ``trekmail_client.api.messages.get_message_delivery``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("get_message_delivery", (), locals())

    @overload
    async def send(
        self,
        *,
        body: SendMessageRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SendMessageResult]: ...

    @overload
    async def send(
        self,
        *,
        to: builtins.list[str],
        subject: str,
        body: MessageBody,
        cc: builtins.list[str] | Unset = UNSET,
        bcc: builtins.list[str] | Unset = UNSET,
        attachments: builtins.list[OutgoingAttachment] | Unset = UNSET,
        reply_to_message_id: str | Unset = UNSET,
        headers: SendMessageRequestHeaders | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        identity_id: int | Unset = UNSET,
        shared_mailbox_id: int | Unset = UNSET,
        apply_default_recipients: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[SendMessageResult]: ...

    async def send(self, *args: Any, **kwargs: Any) -> RawResponse[SendMessageResult]:
        """Send a message

        ``POST /api/v1/messages/send``, operation ``send_message`` (the low-level function:
        ``trekmail_client.api.messages.send_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("send_message", args, kwargs)

    async def get_mailbox_sending_limits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageSendingLimits]:
        """Get the mailbox's sending limits

        ``GET /api/v1/messages/sending-limits``, operation ``get_mailbox_sending_limits`` (the low-level function:
        ``trekmail_client.api.messages.get_mailbox_sending_limits``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("get_mailbox_sending_limits", (), locals())

    async def read(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Message]:
        """Read a message

        ``GET /api/v1/messages/{uid}``, operation ``read_message`` (the low-level function:
        ``trekmail_client.api.messages.read_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("read_message", (), locals())

    async def delete(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteMessageResponse200 | None]:
        """Delete a message

        ``DELETE /api/v1/messages/{uid}``, operation ``delete_message`` (the low-level function:
        ``trekmail_client.api.messages.delete_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_message", (), locals())

    @overload
    async def update_flags(
        self,
        uid: int,
        *,
        body: MessageFlagsRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageFlagsResult]: ...

    @overload
    async def update_flags(
        self,
        uid: int,
        *,
        flags: MessageFlagsRequestFlags,
        folder: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageFlagsResult]: ...

    async def update_flags(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MessageFlagsResult]:
        """Update message flags

        ``PATCH /api/v1/messages/{uid}``, operation ``update_message_flags`` (the low-level function:
        ``trekmail_client.api.messages.update_message_flags``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_message_flags", args, kwargs)

    async def download_all_attachments(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageAttachmentsArchive]:
        """Download all attachments

        ``GET /api/v1/messages/{uid}/attachments``, operation ``download_all_attachments`` (the low-level function:
        ``trekmail_client.api.messages.download_all_attachments``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("download_all_attachments", (), locals())

    async def download_attachment(
        self,
        uid: int,
        index: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MessageAttachmentContent]:
        """Download an attachment

        ``GET /api/v1/messages/{uid}/attachments/{index}``, operation ``download_attachment`` (the low-level function:
        ``trekmail_client.api.messages.download_attachment``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("download_attachment", (), locals())

    async def prepare_forward(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PreparedMessage]:
        """Prepare a forward

        ``GET /api/v1/messages/{uid}/forward``, operation ``prepare_forward`` (the low-level function:
        ``trekmail_client.api.messages.prepare_forward``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("prepare_forward", (), locals())

    async def get_raw(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RawMessage]:
        """Get the raw message

        ``GET /api/v1/messages/{uid}/raw``, operation ``get_raw_message`` (the low-level function:
        ``trekmail_client.api.messages.get_raw_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("get_raw_message", (), locals())

    async def prepare_reply(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PreparedMessage]:
        """Prepare a reply

        ``GET /api/v1/messages/{uid}/reply``, operation ``prepare_reply`` (the low-level function:
        ``trekmail_client.api.messages.prepare_reply``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("prepare_reply", (), locals())

    async def prepare_reply_all(
        self,
        uid: int,
        *,
        folder: str | Unset = "INBOX",
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[PreparedMessage]:
        """Prepare a reply to all

        ``GET /api/v1/messages/{uid}/reply-all``, operation ``prepare_reply_all`` (the low-level function:
        ``trekmail_client.api.messages.prepare_reply_all``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("prepare_reply_all", (), locals())

    @overload
    async def report_ham(
        self,
        uid: int,
        *,
        body: ReportHamRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReportHamResponse200]: ...

    @overload
    async def report_ham(
        self,
        uid: int,
        *,
        folder: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReportHamResponse200]: ...

    async def report_ham(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ReportHamResponse200]:
        """Report not spam

        ``POST /api/v1/messages/{uid}:ham``, operation ``report_ham`` (the low-level function:
        ``trekmail_client.api.messages.report_ham``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("report_ham", args, kwargs)

    @overload
    async def move(
        self,
        uid: int,
        *,
        body: MessageMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MoveMessageResponse200]: ...

    @overload
    async def move(
        self,
        uid: int,
        *,
        destination: str,
        folder: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MoveMessageResponse200]: ...

    async def move(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MoveMessageResponse200]:
        """Move a message

        ``POST /api/v1/messages/{uid}:move``, operation ``move_message`` (the low-level function:
        ``trekmail_client.api.messages.move_message``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("move_message", args, kwargs)

    @overload
    async def report_spam(
        self,
        uid: int,
        *,
        body: ReportSpamRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReportSpamResponse200]: ...

    @overload
    async def report_spam(
        self,
        uid: int,
        *,
        folder: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ReportSpamResponse200]: ...

    async def report_spam(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ReportSpamResponse200]:
        """Report spam

        ``POST /api/v1/messages/{uid}:spam``, operation ``report_spam`` (the low-level function:
        ``trekmail_client.api.messages.report_spam``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("report_spam", args, kwargs)

    @overload
    async def bulk_action(
        self,
        *,
        body: MessageBulkActionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkActionResponse200]: ...

    @overload
    async def bulk_action(
        self,
        *,
        folder: str,
        uids: builtins.list[int],
        action: MessageBulkActionRequestAction,
        destination: str | Unset = UNSET,
        external_account_id: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkActionResponse200]: ...

    async def bulk_action(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[BulkActionResponse200]:
        """Apply an action to many messages

        ``POST /api/v1/messages:bulk``, operation ``bulk_action`` (the low-level function:
        ``trekmail_client.api.messages.bulk_action``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("bulk_action", args, kwargs)
