"""The ``mailboxes`` resource (``tm.mailboxes``) and its endpoint modules (generated).

Each module ``trekmail_client.api.mailboxes.<operation_id>`` is the low-level function layer;
:class:`MailboxesResource` is the layer users meet first.
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
    from ...models.enable_imap_request import EnableImapRequest
    from ...models.error_response import ErrorResponse
    from ...models.get_apple_mail_profile_lang import check_get_apple_mail_profile_lang
    from ...models.get_apple_mail_profile_lang import GetAppleMailProfileLang
    from ...models.get_mail_client_setup_lang import check_get_mail_client_setup_lang
    from ...models.get_mail_client_setup_lang import GetMailClientSetupLang
    from ...models.mail_client_setup import MailClientSetup
    from ...models.mail_client_setup_response import MailClientSetupResponse
    from ...models.mailbox import Mailbox
    from ...models.mailbox_action_result import MailboxActionResult
    from ...models.mailbox_bulk_create_request import MailboxBulkCreateRequest
    from ...models.mailbox_bulk_create_request_password_mode import (
        check_mailbox_bulk_create_request_password_mode,
    )
    from ...models.mailbox_bulk_create_request_password_mode import (
        MailboxBulkCreateRequestPasswordMode,
    )
    from ...models.mailbox_bulk_error_response import MailboxBulkErrorResponse
    from ...models.mailbox_bulk_item import MailboxBulkItem
    from ...models.mailbox_bulk_result import MailboxBulkResult
    from ...models.mailbox_create_request import MailboxCreateRequest
    from ...models.mailbox_create_request_client_auth_mode import (
        check_mailbox_create_request_client_auth_mode,
    )
    from ...models.mailbox_create_request_client_auth_mode import (
        MailboxCreateRequestClientAuthMode,
    )
    from ...models.mailbox_create_request_password_mode import (
        check_mailbox_create_request_password_mode,
    )
    from ...models.mailbox_create_request_password_mode import (
        MailboxCreateRequestPasswordMode,
    )
    from ...models.mailbox_create_response import MailboxCreateResponse
    from ...models.mailbox_created import MailboxCreated
    from ...models.mailbox_drive_access_request import MailboxDriveAccessRequest
    from ...models.mailbox_drive_access_request_drive_access import (
        check_mailbox_drive_access_request_drive_access,
    )
    from ...models.mailbox_drive_access_request_drive_access import (
        MailboxDriveAccessRequestDriveAccess,
    )
    from ...models.mailbox_drive_access_result import MailboxDriveAccessResult
    from ...models.mailbox_list import MailboxList
    from ...models.mailbox_login_access_request import MailboxLoginAccessRequest
    from ...models.mailbox_login_access_result import MailboxLoginAccessResult
    from ...models.mailbox_note_request import MailboxNoteRequest
    from ...models.mailbox_password_request import MailboxPasswordRequest
    from ...models.mailbox_password_result import MailboxPasswordResult
    from ...models.mailbox_response import MailboxResponse
    from ...models.mailbox_suspend_login_request import MailboxSuspendLoginRequest
    from ...models.mailbox_update_request import MailboxUpdateRequest
    from ...models.mailbox_update_request_drive_access import (
        check_mailbox_update_request_drive_access,
    )
    from ...models.mailbox_update_request_drive_access import (
        MailboxUpdateRequestDriveAccess,
    )
    from ...types import File, FileTypes
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["MailboxesResource", "MailboxesResourceWithRawResponse"]


class MailboxesResource(APIResource):
    """``tm.mailboxes``: the 16 operations tagged ``mailboxes``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> MailboxesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return MailboxesResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        domain_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Mailbox, MailboxList]:
        """List mailboxes

        ``GET /api/v1/mailboxes``, operation ``list_mailboxes`` (the low-level function:
        ``trekmail_client.api.mailboxes.list_mailboxes``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_mailboxes", (), locals())

    @overload
    async def create(
        self,
        *,
        body: MailboxCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxCreated: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        display_name: str | Unset = UNSET,
        storage_allocation_mb: int | None | Unset = UNSET,
        password_mode: MailboxCreateRequestPasswordMode | Unset = UNSET,
        password: str | Unset = UNSET,
        client_auth_mode: MailboxCreateRequestClientAuthMode | Unset = UNSET,
        create_app_password: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxCreated: ...

    async def create(self, *args: Any, **kwargs: Any) -> MailboxCreated:
        """Create a mailbox

        ``POST /api/v1/mailboxes``, operation ``create_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.create_mailbox``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("create_mailbox", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox:
        """Get a mailbox

        ``GET /api/v1/mailboxes/{id}``, operation ``get_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_mailbox``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_mailbox", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: MailboxUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        display_name: None | str | Unset = UNSET,
        conversation_view: bool | Unset = UNSET,
        drive_access: MailboxUpdateRequestDriveAccess | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Mailbox: ...

    async def update(self, *args: Any, **kwargs: Any) -> Mailbox:
        """Update a mailbox

        ``PATCH /api/v1/mailboxes/{id}``, operation ``update_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.update_mailbox``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_mailbox", args, kwargs)

    async def get_apple_mail_profile(
        self,
        id: int,
        *,
        lang: GetAppleMailProfileLang | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download the Apple Mail profile

        ``GET /api/v1/mailboxes/{id}/apple-mail-profile``, operation ``get_apple_mail_profile`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_apple_mail_profile``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_apple_mail_profile", (), locals())

    async def get_mail_client_setup(
        self,
        id: int,
        *,
        lang: GetMailClientSetupLang | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailClientSetup:
        """Get mail client setup

        ``GET /api/v1/mailboxes/{id}/client-setup``, operation ``get_mail_client_setup`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_mail_client_setup``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_mail_client_setup", (), locals())

    @overload
    async def enable_imap(
        self,
        id: int,
        *,
        body: EnableImapRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def enable_imap(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def enable_imap(self, *args: Any, **kwargs: Any) -> MailboxActionResult:
        """Enable IMAP for a mailbox

        ``POST /api/v1/mailboxes/{id}/enable-imap``, operation ``enable_imap`` (the low-level function:
        ``trekmail_client.api.mailboxes.enable_imap``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("enable_imap", args, kwargs)

    @overload
    async def update_note(
        self,
        id: int,
        *,
        body: MailboxNoteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def update_note(
        self,
        id: int,
        *,
        note: None | str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def update_note(self, *args: Any, **kwargs: Any) -> MailboxActionResult:
        """Set a mailbox note

        ``PATCH /api/v1/mailboxes/{id}/note``, operation ``update_mailbox_note`` (the low-level function:
        ``trekmail_client.api.mailboxes.update_mailbox_note``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_mailbox_note", args, kwargs)

    @overload
    async def change_password(
        self,
        id: int,
        *,
        body: MailboxPasswordRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxPasswordResult: ...

    @overload
    async def change_password(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxPasswordResult: ...

    async def change_password(self, *args: Any, **kwargs: Any) -> MailboxPasswordResult:
        """Change a mailbox password

        ``POST /api/v1/mailboxes/{id}/password``, operation ``change_mailbox_password`` (the low-level function:
        ``trekmail_client.api.mailboxes.change_mailbox_password``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("change_mailbox_password", args, kwargs)

    async def pause(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult:
        """Pause a mailbox

        ``POST /api/v1/mailboxes/{id}:pause``, operation ``pause_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.pause_mailbox``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("pause_mailbox", (), locals())

    async def resume(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult:
        """Resume a mailbox

        ``POST /api/v1/mailboxes/{id}:resume``, operation ``resume_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.resume_mailbox``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("resume_mailbox", (), locals())

    async def resume_login(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult:
        """Resume mailbox sign-in

        ``POST /api/v1/mailboxes/{id}:resume-login``, operation ``resume_mailbox_login`` (the low-level function:
        ``trekmail_client.api.mailboxes.resume_mailbox_login``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("resume_mailbox_login", (), locals())

    @overload
    async def suspend_login(
        self,
        id: int,
        *,
        body: MailboxSuspendLoginRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    @overload
    async def suspend_login(
        self,
        id: int,
        *,
        reason: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxActionResult: ...

    async def suspend_login(self, *args: Any, **kwargs: Any) -> MailboxActionResult:
        """Suspend mailbox sign-in

        ``POST /api/v1/mailboxes/{id}:suspend-login``, operation ``suspend_mailbox_login`` (the low-level function:
        ``trekmail_client.api.mailboxes.suspend_mailbox_login``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("suspend_mailbox_login", args, kwargs)

    @overload
    async def bulk_create(
        self,
        *,
        body: MailboxBulkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxBulkResult: ...

    @overload
    async def bulk_create(
        self,
        *,
        items: builtins.list[MailboxBulkItem],
        password_mode: MailboxBulkCreateRequestPasswordMode | Unset = "user_supplied",
        create_app_password: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxBulkResult: ...

    async def bulk_create(self, *args: Any, **kwargs: Any) -> MailboxBulkResult:
        """Create mailboxes in bulk

        ``POST /api/v1/mailboxes:bulk``, operation ``bulk_create_mailboxes`` (the low-level function:
        ``trekmail_client.api.mailboxes.bulk_create_mailboxes``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("bulk_create_mailboxes", args, kwargs)

    @overload
    async def set_drive_access(
        self,
        *,
        body: MailboxDriveAccessRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDriveAccessResult: ...

    @overload
    async def set_drive_access(
        self,
        *,
        drive_access: MailboxDriveAccessRequestDriveAccess,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxDriveAccessResult: ...

    async def set_drive_access(
        self, *args: Any, **kwargs: Any
    ) -> MailboxDriveAccessResult:
        """Set Drive access on many mailboxes

        ``POST /api/v1/mailboxes:drive-access``, operation ``set_mailboxes_drive_access`` (the low-level function:
        ``trekmail_client.api.mailboxes.set_mailboxes_drive_access``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_mailboxes_drive_access", args, kwargs)

    @overload
    async def set_login_access(
        self,
        *,
        body: MailboxLoginAccessRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxLoginAccessResult: ...

    @overload
    async def set_login_access(
        self,
        *,
        login_suspended: bool,
        reason: str | Unset = UNSET,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MailboxLoginAccessResult: ...

    async def set_login_access(
        self, *args: Any, **kwargs: Any
    ) -> MailboxLoginAccessResult:
        """Suspend or resume sign-in on many mailboxes

        ``POST /api/v1/mailboxes:login-access``, operation ``set_mailboxes_login_access`` (the low-level function:
        ``trekmail_client.api.mailboxes.set_mailboxes_login_access``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("set_mailboxes_login_access", args, kwargs)


class MailboxesResourceWithRawResponse(APIResource):
    """``tm.mailboxes.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        domain_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        status: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxList]:
        """List mailboxes

        ``GET /api/v1/mailboxes``, operation ``list_mailboxes`` (the low-level function:
        ``trekmail_client.api.mailboxes.list_mailboxes``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_mailboxes", (), locals())

    @overload
    async def create(
        self,
        *,
        body: MailboxCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxCreated]: ...

    @overload
    async def create(
        self,
        *,
        domain_id: int,
        local_part: str,
        display_name: str | Unset = UNSET,
        storage_allocation_mb: int | None | Unset = UNSET,
        password_mode: MailboxCreateRequestPasswordMode | Unset = UNSET,
        password: str | Unset = UNSET,
        client_auth_mode: MailboxCreateRequestClientAuthMode | Unset = UNSET,
        create_app_password: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxCreated]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[MailboxCreated]:
        """Create a mailbox

        ``POST /api/v1/mailboxes``, operation ``create_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.create_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("create_mailbox", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Mailbox]:
        """Get a mailbox

        ``GET /api/v1/mailboxes/{id}``, operation ``get_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_mailbox", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: MailboxUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Mailbox]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        display_name: None | str | Unset = UNSET,
        conversation_view: bool | Unset = UNSET,
        drive_access: MailboxUpdateRequestDriveAccess | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Mailbox]: ...

    async def update(self, *args: Any, **kwargs: Any) -> RawResponse[Mailbox]:
        """Update a mailbox

        ``PATCH /api/v1/mailboxes/{id}``, operation ``update_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.update_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_mailbox", args, kwargs)

    async def get_apple_mail_profile(
        self,
        id: int,
        *,
        lang: GetAppleMailProfileLang | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[File]:
        """Download the Apple Mail profile

        ``GET /api/v1/mailboxes/{id}/apple-mail-profile``, operation ``get_apple_mail_profile`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_apple_mail_profile``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_apple_mail_profile", (), locals())

    async def get_mail_client_setup(
        self,
        id: int,
        *,
        lang: GetMailClientSetupLang | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailClientSetup]:
        """Get mail client setup

        ``GET /api/v1/mailboxes/{id}/client-setup``, operation ``get_mail_client_setup`` (the low-level function:
        ``trekmail_client.api.mailboxes.get_mail_client_setup``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_mail_client_setup", (), locals())

    @overload
    async def enable_imap(
        self,
        id: int,
        *,
        body: EnableImapRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def enable_imap(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def enable_imap(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Enable IMAP for a mailbox

        ``POST /api/v1/mailboxes/{id}/enable-imap``, operation ``enable_imap`` (the low-level function:
        ``trekmail_client.api.mailboxes.enable_imap``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("enable_imap", args, kwargs)

    @overload
    async def update_note(
        self,
        id: int,
        *,
        body: MailboxNoteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def update_note(
        self,
        id: int,
        *,
        note: None | str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def update_note(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Set a mailbox note

        ``PATCH /api/v1/mailboxes/{id}/note``, operation ``update_mailbox_note`` (the low-level function:
        ``trekmail_client.api.mailboxes.update_mailbox_note``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_mailbox_note", args, kwargs)

    @overload
    async def change_password(
        self,
        id: int,
        *,
        body: MailboxPasswordRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxPasswordResult]: ...

    @overload
    async def change_password(
        self,
        id: int,
        *,
        password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxPasswordResult]: ...

    async def change_password(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxPasswordResult]:
        """Change a mailbox password

        ``POST /api/v1/mailboxes/{id}/password``, operation ``change_mailbox_password`` (the low-level function:
        ``trekmail_client.api.mailboxes.change_mailbox_password``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("change_mailbox_password", args, kwargs)

    async def pause(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]:
        """Pause a mailbox

        ``POST /api/v1/mailboxes/{id}:pause``, operation ``pause_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.pause_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("pause_mailbox", (), locals())

    async def resume(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]:
        """Resume a mailbox

        ``POST /api/v1/mailboxes/{id}:resume``, operation ``resume_mailbox`` (the low-level function:
        ``trekmail_client.api.mailboxes.resume_mailbox``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("resume_mailbox", (), locals())

    async def resume_login(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]:
        """Resume mailbox sign-in

        ``POST /api/v1/mailboxes/{id}:resume-login``, operation ``resume_mailbox_login`` (the low-level function:
        ``trekmail_client.api.mailboxes.resume_mailbox_login``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("resume_mailbox_login", (), locals())

    @overload
    async def suspend_login(
        self,
        id: int,
        *,
        body: MailboxSuspendLoginRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    @overload
    async def suspend_login(
        self,
        id: int,
        *,
        reason: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxActionResult]: ...

    async def suspend_login(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxActionResult]:
        """Suspend mailbox sign-in

        ``POST /api/v1/mailboxes/{id}:suspend-login``, operation ``suspend_mailbox_login`` (the low-level function:
        ``trekmail_client.api.mailboxes.suspend_mailbox_login``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("suspend_mailbox_login", args, kwargs)

    @overload
    async def bulk_create(
        self,
        *,
        body: MailboxBulkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxBulkResult]: ...

    @overload
    async def bulk_create(
        self,
        *,
        items: builtins.list[MailboxBulkItem],
        password_mode: MailboxBulkCreateRequestPasswordMode | Unset = "user_supplied",
        create_app_password: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxBulkResult]: ...

    async def bulk_create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxBulkResult]:
        """Create mailboxes in bulk

        ``POST /api/v1/mailboxes:bulk``, operation ``bulk_create_mailboxes`` (the low-level function:
        ``trekmail_client.api.mailboxes.bulk_create_mailboxes``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("bulk_create_mailboxes", args, kwargs)

    @overload
    async def set_drive_access(
        self,
        *,
        body: MailboxDriveAccessRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxDriveAccessResult]: ...

    @overload
    async def set_drive_access(
        self,
        *,
        drive_access: MailboxDriveAccessRequestDriveAccess,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxDriveAccessResult]: ...

    async def set_drive_access(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxDriveAccessResult]:
        """Set Drive access on many mailboxes

        ``POST /api/v1/mailboxes:drive-access``, operation ``set_mailboxes_drive_access`` (the low-level function:
        ``trekmail_client.api.mailboxes.set_mailboxes_drive_access``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_mailboxes_drive_access", args, kwargs)

    @overload
    async def set_login_access(
        self,
        *,
        body: MailboxLoginAccessRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxLoginAccessResult]: ...

    @overload
    async def set_login_access(
        self,
        *,
        login_suspended: bool,
        reason: str | Unset = UNSET,
        mailbox_ids: builtins.list[int] | Unset = UNSET,
        domain_id: int | Unset = UNSET,
        all_: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MailboxLoginAccessResult]: ...

    async def set_login_access(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MailboxLoginAccessResult]:
        """Suspend or resume sign-in on many mailboxes

        ``POST /api/v1/mailboxes:login-access``, operation ``set_mailboxes_login_access`` (the low-level function:
        ``trekmail_client.api.mailboxes.set_mailboxes_login_access``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("set_mailboxes_login_access", args, kwargs)
