"""The ``contacts`` resource (``tm.contacts``) and its endpoint modules (generated).

Each module ``trekmail_client.api.contacts.<operation_id>`` is the low-level function layer;
:class:`ContactsResource` is the layer users meet first.
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
    from ...models.contact import Contact
    from ...models.contact_create_request import ContactCreateRequest
    from ...models.contact_create_result import ContactCreateResult
    from ...models.contact_export import ContactExport
    from ...models.contact_import_request import ContactImportRequest
    from ...models.contact_import_request_format import (
        check_contact_import_request_format,
    )
    from ...models.contact_import_request_format import ContactImportRequestFormat
    from ...models.contact_list import ContactList
    from ...models.contact_update_request import ContactUpdateRequest
    from ...models.delete_contact_response_200 import DeleteContactResponse200
    from ...models.error_response import ErrorResponse
    from ...models.export_contacts_format import check_export_contacts_format
    from ...models.export_contacts_format import ExportContactsFormat
    from ...models.import_contacts_response_200 import ImportContactsResponse200
    from ...models.update_contact_response_200 import UpdateContactResponse200
    from ...types import UNSET, Unset
    from typing import cast
    import datetime

__all__ = ["ContactsResource", "ContactsResourceWithRawResponse"]


class ContactsResource(APIResource):
    """``tm.contacts``: the 6 operations tagged ``contacts``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return ContactsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = 50,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Contact, ContactList]:
        """List contacts

        ``GET /api/v1/messages/contacts``, operation ``list_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.list_contacts``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return self._list("list_contacts", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ContactCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactCreateResult: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        address: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactCreateResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> ContactCreateResult:
        """Create a contact

        ``POST /api/v1/messages/contacts``, operation ``create_contact`` (the low-level function:
        ``trekmail_client.api.contacts.create_contact``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_contact", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteContactResponse200 | None:
        """Delete a contact

        ``DELETE /api/v1/messages/contacts/{id}``, operation ``delete_contact`` (the low-level function:
        ``trekmail_client.api.contacts.delete_contact``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_contact", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ContactUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateContactResponse200: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        address: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateContactResponse200: ...

    async def update(self, *args: Any, **kwargs: Any) -> UpdateContactResponse200:
        """Update a contact

        ``PATCH /api/v1/messages/contacts/{id}``, operation ``update_contact`` (the low-level function:
        ``trekmail_client.api.contacts.update_contact``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_contact", args, kwargs)

    async def export(
        self,
        *,
        format_: ExportContactsFormat | Unset = "csv",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ContactExport:
        """Export contacts

        ``GET /api/v1/messages/contacts:export``, operation ``export_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.export_contacts``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("export_contacts", (), locals())

    @overload
    async def import_(
        self,
        *,
        body: ContactImportRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportContactsResponse200: ...

    @overload
    async def import_(
        self,
        *,
        content_base64: str,
        format_: ContactImportRequestFormat,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ImportContactsResponse200: ...

    async def import_(self, *args: Any, **kwargs: Any) -> ImportContactsResponse200:
        """Import contacts

        ``POST /api/v1/messages/contacts:import``, operation ``import_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.import_contacts``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("import_contacts", args, kwargs)


class ContactsResourceWithRawResponse(APIResource):
    """``tm.contacts.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        q: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = 50,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactList]:
        """List contacts

        ``GET /api/v1/messages/contacts``, operation ``list_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.list_contacts``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_contacts", (), locals())

    @overload
    async def create(
        self,
        *,
        body: ContactCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        email: str,
        name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        address: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactCreateResult]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ContactCreateResult]:
        """Create a contact

        ``POST /api/v1/messages/contacts``, operation ``create_contact`` (the low-level function:
        ``trekmail_client.api.contacts.create_contact``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_contact", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteContactResponse200 | None]:
        """Delete a contact

        ``DELETE /api/v1/messages/contacts/{id}``, operation ``delete_contact`` (the low-level function:
        ``trekmail_client.api.contacts.delete_contact``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_contact", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: ContactUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateContactResponse200]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        company: str | Unset = UNSET,
        job_title: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        address: str | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        notes: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateContactResponse200]: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateContactResponse200]:
        """Update a contact

        ``PATCH /api/v1/messages/contacts/{id}``, operation ``update_contact`` (the low-level function:
        ``trekmail_client.api.contacts.update_contact``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_contact", args, kwargs)

    async def export(
        self,
        *,
        format_: ExportContactsFormat | Unset = "csv",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ContactExport]:
        """Export contacts

        ``GET /api/v1/messages/contacts:export``, operation ``export_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.export_contacts``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("export_contacts", (), locals())

    @overload
    async def import_(
        self,
        *,
        body: ContactImportRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ImportContactsResponse200]: ...

    @overload
    async def import_(
        self,
        *,
        content_base64: str,
        format_: ContactImportRequestFormat,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ImportContactsResponse200]: ...

    async def import_(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[ImportContactsResponse200]:
        """Import contacts

        ``POST /api/v1/messages/contacts:import``, operation ``import_contacts`` (the low-level function:
        ``trekmail_client.api.contacts.import_contacts``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("import_contacts", args, kwargs)
