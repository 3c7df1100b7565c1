"""The ``drive`` resource (``tm.drive``) and its endpoint modules (generated).

Each module ``trekmail_client.api.drive.<operation_id>`` is the low-level function layer;
:class:`DriveResource` is the layer users meet first.
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
    from ...models.drive_addon import DriveAddon
    from ...models.drive_addon_cancellation_preview import DriveAddonCancellationPreview
    from ...models.drive_addon_pricing import DriveAddonPricing
    from ...models.drive_addon_response import DriveAddonResponse
    from ...models.drive_all_ids import DriveAllIds
    from ...models.drive_browse_folder_dir import check_drive_browse_folder_dir
    from ...models.drive_browse_folder_dir import DriveBrowseFolderDir
    from ...models.drive_browse_folder_sort import check_drive_browse_folder_sort
    from ...models.drive_browse_folder_sort import DriveBrowseFolderSort
    from ...models.drive_browse_subfolder_dir import check_drive_browse_subfolder_dir
    from ...models.drive_browse_subfolder_dir import DriveBrowseSubfolderDir
    from ...models.drive_browse_subfolder_sort import check_drive_browse_subfolder_sort
    from ...models.drive_browse_subfolder_sort import DriveBrowseSubfolderSort
    from ...models.drive_bulk_move_request import DriveBulkMoveRequest
    from ...models.drive_bulk_result import DriveBulkResult
    from ...models.drive_bulk_selection_request import DriveBulkSelectionRequest
    from ...models.drive_download_url import DriveDownloadUrl
    from ...models.drive_file import DriveFile
    from ...models.drive_file_move_request import DriveFileMoveRequest
    from ...models.drive_file_rename_request import DriveFileRenameRequest
    from ...models.drive_file_response import DriveFileResponse
    from ...models.drive_file_result import DriveFileResult
    from ...models.drive_folder import DriveFolder
    from ...models.drive_folder_create_request import DriveFolderCreateRequest
    from ...models.drive_folder_create_result import DriveFolderCreateResult
    from ...models.drive_folder_move_request import DriveFolderMoveRequest
    from ...models.drive_folder_result import DriveFolderResult
    from ...models.drive_folder_tree import DriveFolderTree
    from ...models.drive_folder_update_request import DriveFolderUpdateRequest
    from ...models.drive_item import DriveItem
    from ...models.drive_item_page import DriveItemPage
    from ...models.drive_purge_result import DrivePurgeResult
    from ...models.drive_share_link import DriveShareLink
    from ...models.drive_share_link_create_request import DriveShareLinkCreateRequest
    from ...models.drive_share_link_create_response import DriveShareLinkCreateResponse
    from ...models.drive_share_link_created import DriveShareLinkCreated
    from ...models.drive_share_link_list import DriveShareLinkList
    from ...models.drive_share_revoke_result import DriveShareRevokeResult
    from ...models.drive_space import DriveSpace
    from ...models.drive_space_list import DriveSpaceList
    from ...models.drive_space_usage import DriveSpaceUsage
    from ...models.drive_storage_summary import DriveStorageSummary
    from ...models.drive_storage_summary_response import DriveStorageSummaryResponse
    from ...models.drive_trash_empty_result import DriveTrashEmptyResult
    from ...models.drive_trash_result import DriveTrashResult
    from ...models.drive_upload_abort_result import DriveUploadAbortResult
    from ...models.drive_upload_complete_request import DriveUploadCompleteRequest
    from ...models.drive_upload_completed_part import DriveUploadCompletedPart
    from ...models.drive_upload_initiate_request import DriveUploadInitiateRequest
    from ...models.drive_upload_part_urls import DriveUploadPartUrls
    from ...models.drive_upload_refresh_parts_request import (
        DriveUploadRefreshPartsRequest,
    )
    from ...models.drive_upload_session import DriveUploadSession
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset
    from typing import cast
    import datetime

__all__ = ["DriveResource", "DriveResourceWithRawResponse"]


class DriveResource(APIResource):
    """``tm.drive``: the 39 operations tagged ``drive``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DriveResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DriveResourceWithRawResponse(self._client)

    async def addon_get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveAddon:
        """Get the Drive Storage Add-on status

        ``GET /api/v1/drive/addon``, operation ``drive_addon_get`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_get``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_addon_get", (), locals())

    async def addon_cancellation_preview(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveAddonCancellationPreview:
        """Preview a Drive Storage Add-on cancellation

        ``GET /api/v1/drive/addon/cancellation-preview``, operation ``drive_addon_cancellation_preview`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_cancellation_preview``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_addon_cancellation_preview", (), locals())

    async def addon_pricing(
        self,
        *,
        currency: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveAddonPricing:
        """Get Drive Storage Add-on pricing

        ``GET /api/v1/drive/addon/pricing``, operation ``drive_addon_pricing`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_pricing``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_addon_pricing", (), locals())

    async def file_get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFile:
        """Get a Drive file

        ``GET /api/v1/drive/files/{id}``, operation ``drive_file_get`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_get``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_get", (), locals())

    async def file_trash(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveTrashResult | None:
        """Move a Drive file to the Trash

        ``DELETE /api/v1/drive/files/{id}``, operation ``drive_file_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_trash``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_trash", (), locals())

    @overload
    async def file_rename(
        self,
        id: int,
        *,
        body: DriveFileRenameRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    @overload
    async def file_rename(
        self,
        id: int,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    async def file_rename(self, *args: Any, **kwargs: Any) -> DriveFileResult:
        """Rename a Drive file

        ``PATCH /api/v1/drive/files/{id}``, operation ``drive_file_rename`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_rename``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_rename", args, kwargs)

    async def file_download_url(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDownloadUrl:
        """Get a download URL for a Drive file

        ``GET /api/v1/drive/files/{id}/download``, operation ``drive_file_download_url`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_download_url``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_download_url", (), locals())

    async def share_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DriveShareLink]:
        """List the share links of a Drive file

        ``GET /api/v1/drive/files/{id}/share-links``, operation ``drive_share_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_list``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_share_list", (), locals())

    @overload
    async def share_create(
        self,
        id: int,
        *,
        body: DriveShareLinkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveShareLinkCreated: ...

    @overload
    async def share_create(
        self,
        id: int,
        *,
        expires_at: datetime.datetime | Unset = UNSET,
        max_downloads: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveShareLinkCreated: ...

    async def share_create(self, *args: Any, **kwargs: Any) -> DriveShareLinkCreated:
        """Create a share link for a Drive file

        ``POST /api/v1/drive/files/{id}/share-links``, operation ``drive_share_create`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_create``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_share_create", args, kwargs)

    @overload
    async def file_move(
        self,
        id: int,
        *,
        body: DriveFileMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    @overload
    async def file_move(
        self,
        id: int,
        *,
        folder_id: int | None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    async def file_move(self, *args: Any, **kwargs: Any) -> DriveFileResult:
        """Move a Drive file

        ``POST /api/v1/drive/files/{id}:move``, operation ``drive_file_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_move``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_move", args, kwargs)

    async def file_purge(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DrivePurgeResult | None:
        """Permanently delete a Drive file

        ``DELETE /api/v1/drive/files/{id}:purge``, operation ``drive_file_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_purge``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_purge", (), locals())

    async def file_restore(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult:
        """Restore a Drive file from the Trash

        ``POST /api/v1/drive/files/{id}:restore``, operation ``drive_file_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_restore``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_file_restore", (), locals())

    async def folder_trash(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveTrashResult | None:
        """Move a Drive folder to the Trash

        ``DELETE /api/v1/drive/folders/{id}``, operation ``drive_folder_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_trash``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_trash", (), locals())

    @overload
    async def folder_update(
        self,
        id: int,
        *,
        body: DriveFolderUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult: ...

    @overload
    async def folder_update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult: ...

    async def folder_update(self, *args: Any, **kwargs: Any) -> DriveFolderResult:
        """Update a Drive folder

        ``PATCH /api/v1/drive/folders/{id}``, operation ``drive_folder_update`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_update``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_update", args, kwargs)

    @overload
    async def folder_move(
        self,
        id: int,
        *,
        body: DriveFolderMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult: ...

    @overload
    async def folder_move(
        self,
        id: int,
        *,
        parent_id: int | None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult: ...

    async def folder_move(self, *args: Any, **kwargs: Any) -> DriveFolderResult:
        """Move a Drive folder

        ``POST /api/v1/drive/folders/{id}:move``, operation ``drive_folder_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_move``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_move", args, kwargs)

    async def folder_purge(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DrivePurgeResult | None:
        """Permanently delete a Drive folder

        ``DELETE /api/v1/drive/folders/{id}:purge``, operation ``drive_folder_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_purge``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_purge", (), locals())

    async def folder_restore(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult:
        """Restore a Drive folder from the Trash

        ``POST /api/v1/drive/folders/{id}:restore``, operation ``drive_folder_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_restore``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_restore", (), locals())

    async def folder_share_with_account(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult:
        """Share a Drive folder with the account

        ``POST /api/v1/drive/folders/{id}:share-with-account``, operation ``drive_folder_share_with_account`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_share_with_account``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_share_with_account", (), locals())

    async def folder_stop_sharing(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderResult:
        """Stop sharing a Drive folder

        ``POST /api/v1/drive/folders/{id}:stop-sharing``, operation ``drive_folder_stop_sharing`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_stop_sharing``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_stop_sharing", (), locals())

    async def share_revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveShareRevokeResult | None:
        """Revoke a Drive share link

        ``DELETE /api/v1/drive/share-links/{id}``, operation ``drive_share_revoke`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_revoke``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_share_revoke", (), locals())

    async def spaces_list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DriveSpace]:
        """List Drive spaces

        ``GET /api/v1/drive/spaces``, operation ``drive_spaces_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_spaces_list``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_spaces_list", (), locals())

    async def select_all_ids(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveAllIds:
        """Get every item id at the root of a Drive space

        ``GET /api/v1/drive/spaces/{space}/all-ids``, operation ``drive_select_all_ids`` (the low-level function:
        ``trekmail_client.api.drive.drive_select_all_ids``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_select_all_ids", (), locals())

    @overload
    async def bulk_move(
        self,
        space: str,
        *,
        body: DriveBulkMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    @overload
    async def bulk_move(
        self,
        space: str,
        *,
        target_folder_id: int | None,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    async def bulk_move(self, *args: Any, **kwargs: Any) -> DriveBulkResult:
        """Move Drive items

        ``POST /api/v1/drive/spaces/{space}/bulk:move``, operation ``drive_bulk_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_move``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_bulk_move", args, kwargs)

    @overload
    async def bulk_purge(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    @overload
    async def bulk_purge(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    async def bulk_purge(self, *args: Any, **kwargs: Any) -> DriveBulkResult:
        """Permanently delete Drive items

        ``POST /api/v1/drive/spaces/{space}/bulk:purge``, operation ``drive_bulk_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_purge``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_bulk_purge", args, kwargs)

    @overload
    async def bulk_restore(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    @overload
    async def bulk_restore(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    async def bulk_restore(self, *args: Any, **kwargs: Any) -> DriveBulkResult:
        """Restore Drive items from the Trash

        ``POST /api/v1/drive/spaces/{space}/bulk:restore``, operation ``drive_bulk_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_restore``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_bulk_restore", args, kwargs)

    @overload
    async def bulk_trash(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    @overload
    async def bulk_trash(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveBulkResult: ...

    async def bulk_trash(self, *args: Any, **kwargs: Any) -> DriveBulkResult:
        """Move Drive items to the Trash

        ``POST /api/v1/drive/spaces/{space}/bulk:trash``, operation ``drive_bulk_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_trash``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_bulk_trash", args, kwargs)

    async def folder_tree(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DriveFolder]:
        """Get the folder tree of a Drive space

        ``GET /api/v1/drive/spaces/{space}/folder-tree``, operation ``drive_folder_tree`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_tree``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_tree", (), locals())

    def browse_folder(
        self,
        space: str,
        *,
        sort: DriveBrowseFolderSort | Unset = UNSET,
        dir_: DriveBrowseFolderDir | Unset = UNSET,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DriveItem, DriveItemPage]:
        """Browse the root of a Drive space

        ``GET /api/v1/drive/spaces/{space}/folders``, operation ``drive_browse_folder`` (the low-level function:
        ``trekmail_client.api.drive.drive_browse_folder``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("drive_browse_folder", (), locals())

    @overload
    async def folder_create(
        self,
        space: str,
        *,
        body: DriveFolderCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderCreateResult: ...

    @overload
    async def folder_create(
        self,
        space: str,
        *,
        name: str,
        parent_id: int | None | Unset = UNSET,
        color: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFolderCreateResult: ...

    async def folder_create(self, *args: Any, **kwargs: Any) -> DriveFolderCreateResult:
        """Create a Drive folder

        ``POST /api/v1/drive/spaces/{space}/folders``, operation ``drive_folder_create`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_create``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_folder_create", args, kwargs)

    def browse_subfolder(
        self,
        space: str,
        folder_id: int,
        *,
        sort: DriveBrowseSubfolderSort | Unset = UNSET,
        dir_: DriveBrowseSubfolderDir | Unset = UNSET,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DriveItem, DriveItemPage]:
        """Browse a Drive folder

        ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}``, operation ``drive_browse_subfolder`` (the low-level function:
        ``trekmail_client.api.drive.drive_browse_subfolder``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("drive_browse_subfolder", (), locals())

    async def select_all_ids_in_folder(
        self,
        space: str,
        folder_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveAllIds:
        """Get every item id of a Drive folder

        ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}/all-ids``, operation ``drive_select_all_ids_in_folder`` (the low-level function:
        ``trekmail_client.api.drive.drive_select_all_ids_in_folder``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_select_all_ids_in_folder", (), locals())

    def trash_list(
        self,
        space: str,
        *,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[DriveItem, DriveItemPage]:
        """List the Trash of a Drive space

        ``GET /api/v1/drive/spaces/{space}/trash``, operation ``drive_trash_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_trash_list``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("drive_trash_list", (), locals())

    async def trash_empty(
        self,
        space: str,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveTrashEmptyResult | None:
        """Empty the Trash of a Drive space

        ``DELETE /api/v1/drive/spaces/{space}/trash``, operation ``drive_trash_empty`` (the low-level function:
        ``trekmail_client.api.drive.drive_trash_empty``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_trash_empty", (), locals())

    @overload
    async def upload_initiate(
        self,
        space: str,
        *,
        body: DriveUploadInitiateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveUploadSession: ...

    @overload
    async def upload_initiate(
        self,
        space: str,
        *,
        name: str,
        size_bytes: int,
        folder_id: int | None | Unset = UNSET,
        client_mime: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveUploadSession: ...

    async def upload_initiate(self, *args: Any, **kwargs: Any) -> DriveUploadSession:
        """Start a Drive upload

        ``POST /api/v1/drive/spaces/{space}/uploads:initiate``, operation ``drive_upload_initiate`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_initiate``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_upload_initiate", args, kwargs)

    async def space_usage(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveSpaceUsage:
        """Get the usage of a Drive space

        ``GET /api/v1/drive/spaces/{space}/usage``, operation ``drive_space_usage`` (the low-level function:
        ``trekmail_client.api.drive.drive_space_usage``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_space_usage", (), locals())

    async def storage_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveStorageSummary:
        """Get the Drive storage summary

        ``GET /api/v1/drive/storage``, operation ``drive_storage_summary`` (the low-level function:
        ``trekmail_client.api.drive.drive_storage_summary``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_storage_summary", (), locals())

    async def upload_abort(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveUploadAbortResult:
        """Abort a Drive upload

        ``POST /api/v1/drive/uploads/{id}:abort``, operation ``drive_upload_abort`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_abort``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_upload_abort", (), locals())

    @overload
    async def upload_complete(
        self,
        id: int,
        *,
        body: DriveUploadCompleteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    @overload
    async def upload_complete(
        self,
        id: int,
        *,
        parts: builtins.list[DriveUploadCompletedPart] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveFileResult: ...

    async def upload_complete(self, *args: Any, **kwargs: Any) -> DriveFileResult:
        """Complete a Drive upload

        ``POST /api/v1/drive/uploads/{id}:complete``, operation ``drive_upload_complete`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_complete``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_upload_complete", args, kwargs)

    @overload
    async def upload_refresh_parts(
        self,
        id: int,
        *,
        body: DriveUploadRefreshPartsRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveUploadPartUrls: ...

    @overload
    async def upload_refresh_parts(
        self,
        id: int,
        *,
        part_numbers: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveUploadPartUrls: ...

    async def upload_refresh_parts(
        self, *args: Any, **kwargs: Any
    ) -> DriveUploadPartUrls:
        """Refresh Drive upload part URLs

        ``POST /api/v1/drive/uploads/{id}:refresh-parts``, operation ``drive_upload_refresh_parts`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_refresh_parts``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_upload_refresh_parts", args, kwargs)


class DriveResourceWithRawResponse(APIResource):
    """``tm.drive.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def addon_get(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveAddon]:
        """Get the Drive Storage Add-on status

        ``GET /api/v1/drive/addon``, operation ``drive_addon_get`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_get``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_addon_get", (), locals())

    async def addon_cancellation_preview(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveAddonCancellationPreview]:
        """Preview a Drive Storage Add-on cancellation

        ``GET /api/v1/drive/addon/cancellation-preview``, operation ``drive_addon_cancellation_preview`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_cancellation_preview``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_addon_cancellation_preview", (), locals())

    async def addon_pricing(
        self,
        *,
        currency: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveAddonPricing]:
        """Get Drive Storage Add-on pricing

        ``GET /api/v1/drive/addon/pricing``, operation ``drive_addon_pricing`` (the low-level function:
        ``trekmail_client.api.drive.drive_addon_pricing``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_addon_pricing", (), locals())

    async def file_get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFile]:
        """Get a Drive file

        ``GET /api/v1/drive/files/{id}``, operation ``drive_file_get`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_get``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_get", (), locals())

    async def file_trash(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveTrashResult | None]:
        """Move a Drive file to the Trash

        ``DELETE /api/v1/drive/files/{id}``, operation ``drive_file_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_trash``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_trash", (), locals())

    @overload
    async def file_rename(
        self,
        id: int,
        *,
        body: DriveFileRenameRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    @overload
    async def file_rename(
        self,
        id: int,
        *,
        name: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    async def file_rename(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFileResult]:
        """Rename a Drive file

        ``PATCH /api/v1/drive/files/{id}``, operation ``drive_file_rename`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_rename``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_rename", args, kwargs)

    async def file_download_url(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDownloadUrl]:
        """Get a download URL for a Drive file

        ``GET /api/v1/drive/files/{id}/download``, operation ``drive_file_download_url`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_download_url``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_download_url", (), locals())

    async def share_list(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[DriveShareLink]]:
        """List the share links of a Drive file

        ``GET /api/v1/drive/files/{id}/share-links``, operation ``drive_share_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_list``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_share_list", (), locals())

    @overload
    async def share_create(
        self,
        id: int,
        *,
        body: DriveShareLinkCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveShareLinkCreated]: ...

    @overload
    async def share_create(
        self,
        id: int,
        *,
        expires_at: datetime.datetime | Unset = UNSET,
        max_downloads: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveShareLinkCreated]: ...

    async def share_create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveShareLinkCreated]:
        """Create a share link for a Drive file

        ``POST /api/v1/drive/files/{id}/share-links``, operation ``drive_share_create`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_create``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_share_create", args, kwargs)

    @overload
    async def file_move(
        self,
        id: int,
        *,
        body: DriveFileMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    @overload
    async def file_move(
        self,
        id: int,
        *,
        folder_id: int | None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    async def file_move(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFileResult]:
        """Move a Drive file

        ``POST /api/v1/drive/files/{id}:move``, operation ``drive_file_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_move``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_move", args, kwargs)

    async def file_purge(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DrivePurgeResult | None]:
        """Permanently delete a Drive file

        ``DELETE /api/v1/drive/files/{id}:purge``, operation ``drive_file_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_purge``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_purge", (), locals())

    async def file_restore(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]:
        """Restore a Drive file from the Trash

        ``POST /api/v1/drive/files/{id}:restore``, operation ``drive_file_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_file_restore``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_file_restore", (), locals())

    async def folder_trash(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveTrashResult | None]:
        """Move a Drive folder to the Trash

        ``DELETE /api/v1/drive/folders/{id}``, operation ``drive_folder_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_trash``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_trash", (), locals())

    @overload
    async def folder_update(
        self,
        id: int,
        *,
        body: DriveFolderUpdateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]: ...

    @overload
    async def folder_update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        color: None | str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]: ...

    async def folder_update(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFolderResult]:
        """Update a Drive folder

        ``PATCH /api/v1/drive/folders/{id}``, operation ``drive_folder_update`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_update``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_update", args, kwargs)

    @overload
    async def folder_move(
        self,
        id: int,
        *,
        body: DriveFolderMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]: ...

    @overload
    async def folder_move(
        self,
        id: int,
        *,
        parent_id: int | None,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]: ...

    async def folder_move(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFolderResult]:
        """Move a Drive folder

        ``POST /api/v1/drive/folders/{id}:move``, operation ``drive_folder_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_move``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_move", args, kwargs)

    async def folder_purge(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DrivePurgeResult | None]:
        """Permanently delete a Drive folder

        ``DELETE /api/v1/drive/folders/{id}:purge``, operation ``drive_folder_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_purge``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_purge", (), locals())

    async def folder_restore(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]:
        """Restore a Drive folder from the Trash

        ``POST /api/v1/drive/folders/{id}:restore``, operation ``drive_folder_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_restore``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_restore", (), locals())

    async def folder_share_with_account(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]:
        """Share a Drive folder with the account

        ``POST /api/v1/drive/folders/{id}:share-with-account``, operation ``drive_folder_share_with_account`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_share_with_account``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_share_with_account", (), locals())

    async def folder_stop_sharing(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderResult]:
        """Stop sharing a Drive folder

        ``POST /api/v1/drive/folders/{id}:stop-sharing``, operation ``drive_folder_stop_sharing`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_stop_sharing``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_stop_sharing", (), locals())

    async def share_revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveShareRevokeResult | None]:
        """Revoke a Drive share link

        ``DELETE /api/v1/drive/share-links/{id}``, operation ``drive_share_revoke`` (the low-level function:
        ``trekmail_client.api.drive.drive_share_revoke``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_share_revoke", (), locals())

    async def spaces_list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[DriveSpace]]:
        """List Drive spaces

        ``GET /api/v1/drive/spaces``, operation ``drive_spaces_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_spaces_list``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_spaces_list", (), locals())

    async def select_all_ids(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveAllIds]:
        """Get every item id at the root of a Drive space

        ``GET /api/v1/drive/spaces/{space}/all-ids``, operation ``drive_select_all_ids`` (the low-level function:
        ``trekmail_client.api.drive.drive_select_all_ids``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_select_all_ids", (), locals())

    @overload
    async def bulk_move(
        self,
        space: str,
        *,
        body: DriveBulkMoveRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    @overload
    async def bulk_move(
        self,
        space: str,
        *,
        target_folder_id: int | None,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    async def bulk_move(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveBulkResult]:
        """Move Drive items

        ``POST /api/v1/drive/spaces/{space}/bulk:move``, operation ``drive_bulk_move`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_move``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_bulk_move", args, kwargs)

    @overload
    async def bulk_purge(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    @overload
    async def bulk_purge(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    async def bulk_purge(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveBulkResult]:
        """Permanently delete Drive items

        ``POST /api/v1/drive/spaces/{space}/bulk:purge``, operation ``drive_bulk_purge`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_purge``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_bulk_purge", args, kwargs)

    @overload
    async def bulk_restore(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    @overload
    async def bulk_restore(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    async def bulk_restore(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveBulkResult]:
        """Restore Drive items from the Trash

        ``POST /api/v1/drive/spaces/{space}/bulk:restore``, operation ``drive_bulk_restore`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_restore``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_bulk_restore", args, kwargs)

    @overload
    async def bulk_trash(
        self,
        space: str,
        *,
        body: DriveBulkSelectionRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    @overload
    async def bulk_trash(
        self,
        space: str,
        *,
        file_ids: builtins.list[int] | Unset = UNSET,
        folder_ids: builtins.list[int] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveBulkResult]: ...

    async def bulk_trash(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveBulkResult]:
        """Move Drive items to the Trash

        ``POST /api/v1/drive/spaces/{space}/bulk:trash``, operation ``drive_bulk_trash`` (the low-level function:
        ``trekmail_client.api.drive.drive_bulk_trash``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_bulk_trash", args, kwargs)

    async def folder_tree(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[DriveFolder]]:
        """Get the folder tree of a Drive space

        ``GET /api/v1/drive/spaces/{space}/folder-tree``, operation ``drive_folder_tree`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_tree``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_tree", (), locals())

    async def browse_folder(
        self,
        space: str,
        *,
        sort: DriveBrowseFolderSort | Unset = UNSET,
        dir_: DriveBrowseFolderDir | Unset = UNSET,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveItemPage]:
        """Browse the root of a Drive space

        ``GET /api/v1/drive/spaces/{space}/folders``, operation ``drive_browse_folder`` (the low-level function:
        ``trekmail_client.api.drive.drive_browse_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_browse_folder", (), locals())

    @overload
    async def folder_create(
        self,
        space: str,
        *,
        body: DriveFolderCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderCreateResult]: ...

    @overload
    async def folder_create(
        self,
        space: str,
        *,
        name: str,
        parent_id: int | None | Unset = UNSET,
        color: str | Unset = UNSET,
        is_shared: bool | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFolderCreateResult]: ...

    async def folder_create(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFolderCreateResult]:
        """Create a Drive folder

        ``POST /api/v1/drive/spaces/{space}/folders``, operation ``drive_folder_create`` (the low-level function:
        ``trekmail_client.api.drive.drive_folder_create``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_folder_create", args, kwargs)

    async def browse_subfolder(
        self,
        space: str,
        folder_id: int,
        *,
        sort: DriveBrowseSubfolderSort | Unset = UNSET,
        dir_: DriveBrowseSubfolderDir | Unset = UNSET,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveItemPage]:
        """Browse a Drive folder

        ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}``, operation ``drive_browse_subfolder`` (the low-level function:
        ``trekmail_client.api.drive.drive_browse_subfolder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_browse_subfolder", (), locals())

    async def select_all_ids_in_folder(
        self,
        space: str,
        folder_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveAllIds]:
        """Get every item id of a Drive folder

        ``GET /api/v1/drive/spaces/{space}/folders/{folder_id}/all-ids``, operation ``drive_select_all_ids_in_folder`` (the low-level function:
        ``trekmail_client.api.drive.drive_select_all_ids_in_folder``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_select_all_ids_in_folder", (), locals())

    async def trash_list(
        self,
        space: str,
        *,
        per_page: int | Unset = 50,
        cursor: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveItemPage]:
        """List the Trash of a Drive space

        ``GET /api/v1/drive/spaces/{space}/trash``, operation ``drive_trash_list`` (the low-level function:
        ``trekmail_client.api.drive.drive_trash_list``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_trash_list", (), locals())

    async def trash_empty(
        self,
        space: str,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveTrashEmptyResult | None]:
        """Empty the Trash of a Drive space

        ``DELETE /api/v1/drive/spaces/{space}/trash``, operation ``drive_trash_empty`` (the low-level function:
        ``trekmail_client.api.drive.drive_trash_empty``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_trash_empty", (), locals())

    @overload
    async def upload_initiate(
        self,
        space: str,
        *,
        body: DriveUploadInitiateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveUploadSession]: ...

    @overload
    async def upload_initiate(
        self,
        space: str,
        *,
        name: str,
        size_bytes: int,
        folder_id: int | None | Unset = UNSET,
        client_mime: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveUploadSession]: ...

    async def upload_initiate(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveUploadSession]:
        """Start a Drive upload

        ``POST /api/v1/drive/spaces/{space}/uploads:initiate``, operation ``drive_upload_initiate`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_initiate``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_upload_initiate", args, kwargs)

    async def space_usage(
        self,
        space: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveSpaceUsage]:
        """Get the usage of a Drive space

        ``GET /api/v1/drive/spaces/{space}/usage``, operation ``drive_space_usage`` (the low-level function:
        ``trekmail_client.api.drive.drive_space_usage``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_space_usage", (), locals())

    async def storage_summary(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveStorageSummary]:
        """Get the Drive storage summary

        ``GET /api/v1/drive/storage``, operation ``drive_storage_summary`` (the low-level function:
        ``trekmail_client.api.drive.drive_storage_summary``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_storage_summary", (), locals())

    async def upload_abort(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveUploadAbortResult]:
        """Abort a Drive upload

        ``POST /api/v1/drive/uploads/{id}:abort``, operation ``drive_upload_abort`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_abort``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_upload_abort", (), locals())

    @overload
    async def upload_complete(
        self,
        id: int,
        *,
        body: DriveUploadCompleteRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    @overload
    async def upload_complete(
        self,
        id: int,
        *,
        parts: builtins.list[DriveUploadCompletedPart] | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveFileResult]: ...

    async def upload_complete(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveFileResult]:
        """Complete a Drive upload

        ``POST /api/v1/drive/uploads/{id}:complete``, operation ``drive_upload_complete`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_complete``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_upload_complete", args, kwargs)

    @overload
    async def upload_refresh_parts(
        self,
        id: int,
        *,
        body: DriveUploadRefreshPartsRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveUploadPartUrls]: ...

    @overload
    async def upload_refresh_parts(
        self,
        id: int,
        *,
        part_numbers: builtins.list[int],
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveUploadPartUrls]: ...

    async def upload_refresh_parts(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[DriveUploadPartUrls]:
        """Refresh Drive upload part URLs

        ``POST /api/v1/drive/uploads/{id}:refresh-parts``, operation ``drive_upload_refresh_parts`` (the low-level function:
        ``trekmail_client.api.drive.drive_upload_refresh_parts``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_upload_refresh_parts", args, kwargs)
