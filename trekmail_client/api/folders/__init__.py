"""The ``folders`` resource (``tm.folders``) and its endpoint modules (generated).

Each module ``trekmail_client.api.folders.<operation_id>`` is the low-level function layer;
:class:`FoldersResource` is the layer users meet first.
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
    from ...models.delete_folder_response_200 import DeleteFolderResponse200
    from ...models.empty_folder_response_200 import EmptyFolderResponse200
    from ...models.error_response import ErrorResponse
    from ...models.folder_create_request import FolderCreateRequest
    from ...models.folder_create_result import FolderCreateResult
    from ...models.folder_empty_request import FolderEmptyRequest
    from ...models.folder_empty_request_folder import check_folder_empty_request_folder
    from ...models.folder_empty_request_folder import FolderEmptyRequestFolder
    from ...models.folder_list_response import FolderListResponse
    from ...models.folder_rename_request import FolderRenameRequest
    from ...models.rename_folder_response_200 import RenameFolderResponse200
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["FoldersResource", "FoldersResourceWithRawResponse"]


class FoldersResource(APIResource):
    """``tm.folders``: the 5 operations tagged ``folders``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> FoldersResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return FoldersResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderListResponse:
        """List folders

        ``GET /api/v1/messages/folders``, operation ``list_folders`` (the low-level function:
        ``trekmail_client.api.folders.list_folders``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("list_folders", (), locals())

    @overload
    async def create(
        self,
        *,
        body: FolderCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderCreateResult: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        parent: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> FolderCreateResult: ...

    async def create(self, *args: Any, **kwargs: Any) -> FolderCreateResult:
        """Create a folder

        ``POST /api/v1/messages/folders``, operation ``create_folder`` (the low-level function:
        ``trekmail_client.api.folders.create_folder``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("create_folder", args, kwargs)

    async def delete(
        self,
        path: str,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteFolderResponse200 | None:
        """Delete a folder

        ``DELETE /api/v1/messages/folders/{path}``, operation ``delete_folder`` (the low-level function:
        ``trekmail_client.api.folders.delete_folder``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("delete_folder", (), locals())

    @overload
    async def rename(
        self,
        path: str,
        *,
        body: FolderRenameRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RenameFolderResponse200: ...

    @overload
    async def rename(
        self,
        path: str,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RenameFolderResponse200: ...

    async def rename(self, *args: Any, **kwargs: Any) -> RenameFolderResponse200:
        """Rename a folder

        ``PATCH /api/v1/messages/folders/{path}``, operation ``rename_folder`` (the low-level function:
        ``trekmail_client.api.folders.rename_folder``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("rename_folder", args, kwargs)

    @overload
    async def empty(
        self,
        *,
        body: FolderEmptyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmptyFolderResponse200: ...

    @overload
    async def empty(
        self,
        *,
        folder: FolderEmptyRequestFolder,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EmptyFolderResponse200: ...

    async def empty(self, *args: Any, **kwargs: Any) -> EmptyFolderResponse200:
        """Empty Trash or Junk

        ``POST /api/v1/messages/folders:empty``, operation ``empty_folder`` (the low-level function:
        ``trekmail_client.api.folders.empty_folder``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call("empty_folder", args, kwargs)


class FoldersResourceWithRawResponse(APIResource):
    """``tm.folders.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        external_account_id: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderListResponse]:
        """List folders

        ``GET /api/v1/messages/folders``, operation ``list_folders`` (the low-level function:
        ``trekmail_client.api.folders.list_folders``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("list_folders", (), locals())

    @overload
    async def create(
        self,
        *,
        body: FolderCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderCreateResult]: ...

    @overload
    async def create(
        self,
        *,
        name: str,
        parent: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[FolderCreateResult]: ...

    async def create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[FolderCreateResult]:
        """Create a folder

        ``POST /api/v1/messages/folders``, operation ``create_folder`` (the low-level function:
        ``trekmail_client.api.folders.create_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("create_folder", args, kwargs)

    async def delete(
        self,
        path: str,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteFolderResponse200 | None]:
        """Delete a folder

        ``DELETE /api/v1/messages/folders/{path}``, operation ``delete_folder`` (the low-level function:
        ``trekmail_client.api.folders.delete_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("delete_folder", (), locals())

    @overload
    async def rename(
        self,
        path: str,
        *,
        body: FolderRenameRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RenameFolderResponse200]: ...

    @overload
    async def rename(
        self,
        path: str,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[RenameFolderResponse200]: ...

    async def rename(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[RenameFolderResponse200]:
        """Rename a folder

        ``PATCH /api/v1/messages/folders/{path}``, operation ``rename_folder`` (the low-level function:
        ``trekmail_client.api.folders.rename_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("rename_folder", args, kwargs)

    @overload
    async def empty(
        self,
        *,
        body: FolderEmptyRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmptyFolderResponse200]: ...

    @overload
    async def empty(
        self,
        *,
        folder: FolderEmptyRequestFolder,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[EmptyFolderResponse200]: ...

    async def empty(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[EmptyFolderResponse200]:
        """Empty Trash or Junk

        ``POST /api/v1/messages/folders:empty``, operation ``empty_folder`` (the low-level function:
        ``trekmail_client.api.folders.empty_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no message token (`tm_msg_`)).
        """
        return await self._call_raw("empty_folder", args, kwargs)
