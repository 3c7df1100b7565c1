"""The ``templates`` resource (``tm.templates``) and its endpoint modules (generated).

Each module ``trekmail_client.api.templates.<operation_id>`` is the low-level function layer;
:class:`TemplatesResource` is the layer users meet first.
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
    from ...models.delete_template_response_200 import DeleteTemplateResponse200
    from ...models.error_response import ErrorResponse
    from ...models.list_templates_response_200 import ListTemplatesResponse200
    from ...models.template_create_request import TemplateCreateRequest
    from ...models.template_create_result import TemplateCreateResult
    from ...models.template_update_request import TemplateUpdateRequest
    from ...models.update_template_response_200 import UpdateTemplateResponse200
    from ...types import UNSET, Unset

__all__ = ["TemplatesResource", "TemplatesResourceWithRawResponse"]


class TemplatesResource(APIResource):
    """``tm.templates``: the 4 operations tagged ``templates``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> TemplatesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return TemplatesResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListTemplatesResponse200:
        """List templates

        ``GET /api/v1/messages/templates``, operation ``list_templates`` (the low-level function:
        ``trekmail_client.api.templates.list_templates``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_templates", (), locals())

    @overload
    async def create(
        self,
        *,
        body: TemplateCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TemplateCreateResult: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        body_html: str,
        subject: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TemplateCreateResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> TemplateCreateResult:
        """Create a template

        ``POST /api/v1/messages/templates``, operation ``create_template`` (the low-level function:
        ``trekmail_client.api.templates.create_template``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_template", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteTemplateResponse200 | None:
        """Delete a template

        ``DELETE /api/v1/messages/templates/{id}``, operation ``delete_template`` (the low-level function:
        ``trekmail_client.api.templates.delete_template``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_template", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: TemplateUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateTemplateResponse200: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateTemplateResponse200: ...

    async def update(self, *args: Any, **kwargs: Any) -> UpdateTemplateResponse200:
        """Update a template

        ``PATCH /api/v1/messages/templates/{id}``, operation ``update_template`` (the low-level function:
        ``trekmail_client.api.templates.update_template``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("update_template", args, kwargs)


class TemplatesResourceWithRawResponse(APIResource):
    """``tm.templates.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[ListTemplatesResponse200]:
        """List templates

        ``GET /api/v1/messages/templates``, operation ``list_templates`` (the low-level function:
        ``trekmail_client.api.templates.list_templates``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_templates", (), locals())

    @overload
    async def create(
        self,
        *,
        body: TemplateCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TemplateCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        body_html: str,
        subject: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[TemplateCreateResult]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[TemplateCreateResult]:
        """Create a template

        ``POST /api/v1/messages/templates``, operation ``create_template`` (the low-level function:
        ``trekmail_client.api.templates.create_template``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_template", args, kwargs)

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteTemplateResponse200 | None]:
        """Delete a template

        ``DELETE /api/v1/messages/templates/{id}``, operation ``delete_template`` (the low-level function:
        ``trekmail_client.api.templates.delete_template``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_template", (), locals())

    @overload
    async def update(
        self,
        id: int,
        *,
        body: TemplateUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateTemplateResponse200]: ...

    @overload
    async def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        body_html: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[UpdateTemplateResponse200]: ...

    async def update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[UpdateTemplateResponse200]:
        """Update a template

        ``PATCH /api/v1/messages/templates/{id}``, operation ``update_template`` (the low-level function:
        ``trekmail_client.api.templates.update_template``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("update_template", args, kwargs)
