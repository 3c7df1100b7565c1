"""The ``migrations`` resource (``tm.migrations``) and its endpoint modules (generated).

Each module ``trekmail_client.api.migrations.<operation_id>`` is the low-level function layer;
:class:`MigrationsResource` is the layer users meet first.
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
    from ...models.bulk_migration import BulkMigration
    from ...models.bulk_migration_action_result import BulkMigrationActionResult
    from ...models.bulk_migration_job_password_request import (
        BulkMigrationJobPasswordRequest,
    )
    from ...models.bulk_migration_list import BulkMigrationList
    from ...models.bulk_migration_preview_request import BulkMigrationPreviewRequest
    from ...models.bulk_migration_preview_request_folder_strategy import (
        BulkMigrationPreviewRequestFolderStrategy,
    )
    from ...models.bulk_migration_preview_request_folder_strategy import (
        check_bulk_migration_preview_request_folder_strategy,
    )
    from ...models.bulk_migration_preview_request_provider import (
        BulkMigrationPreviewRequestProvider,
    )
    from ...models.bulk_migration_preview_request_provider import (
        check_bulk_migration_preview_request_provider,
    )
    from ...models.bulk_migration_preview_request_source_security import (
        BulkMigrationPreviewRequestSourceSecurity,
    )
    from ...models.bulk_migration_preview_request_source_security import (
        check_bulk_migration_preview_request_source_security,
    )
    from ...models.bulk_migration_preview_result import BulkMigrationPreviewResult
    from ...models.bulk_migration_preview_result_data import (
        BulkMigrationPreviewResultData,
    )
    from ...models.bulk_migration_response import BulkMigrationResponse
    from ...models.bulk_migration_start_request import BulkMigrationStartRequest
    from ...models.bulk_migration_start_request_folder_strategy import (
        BulkMigrationStartRequestFolderStrategy,
    )
    from ...models.bulk_migration_start_request_folder_strategy import (
        check_bulk_migration_start_request_folder_strategy,
    )
    from ...models.bulk_migration_start_request_provider import (
        BulkMigrationStartRequestProvider,
    )
    from ...models.bulk_migration_start_request_provider import (
        check_bulk_migration_start_request_provider,
    )
    from ...models.bulk_migration_start_request_source_security import (
        BulkMigrationStartRequestSourceSecurity,
    )
    from ...models.bulk_migration_start_request_source_security import (
        check_bulk_migration_start_request_source_security,
    )
    from ...models.delete_bulk_migration_response_200 import (
        DeleteBulkMigrationResponse200,
    )
    from ...models.delete_migration_response_200 import DeleteMigrationResponse200
    from ...models.error_response import ErrorResponse
    from ...models.list_bulk_migrations_status import check_list_bulk_migrations_status
    from ...models.list_bulk_migrations_status import ListBulkMigrationsStatus
    from ...models.list_migrations_status import check_list_migrations_status
    from ...models.list_migrations_status import ListMigrationsStatus
    from ...models.migration import Migration
    from ...models.migration_action_result import MigrationActionResult
    from ...models.migration_connection_test_request import (
        MigrationConnectionTestRequest,
    )
    from ...models.migration_connection_test_request_source_security import (
        check_migration_connection_test_request_source_security,
    )
    from ...models.migration_connection_test_request_source_security import (
        MigrationConnectionTestRequestSourceSecurity,
    )
    from ...models.migration_connection_test_result import MigrationConnectionTestResult
    from ...models.migration_list import MigrationList
    from ...models.migration_response import MigrationResponse
    from ...models.migration_start_request import MigrationStartRequest
    from ...models.migration_start_request_provider import (
        check_migration_start_request_provider,
    )
    from ...models.migration_start_request_provider import MigrationStartRequestProvider
    from ...models.migration_start_request_source_security import (
        check_migration_start_request_source_security,
    )
    from ...models.migration_start_request_source_security import (
        MigrationStartRequestSourceSecurity,
    )
    from ...types import UNSET, Unset
    from typing import cast
    import datetime

__all__ = ["MigrationsResource", "MigrationsResourceWithRawResponse"]


class MigrationsResource(APIResource):
    """``tm.migrations``: the 16 operations tagged ``migrations``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> MigrationsResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return MigrationsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        status: ListMigrationsStatus | Unset = UNSET,
        mailbox_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Migration, MigrationList]:
        """List migrations

        ``GET /api/v1/migrations``, operation ``list_migrations`` (the low-level function:
        ``trekmail_client.api.migrations.list_migrations``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_migrations", (), locals())

    @overload
    async def start(
        self,
        *,
        body: MigrationStartRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationActionResult: ...

    @overload
    async def start(
        self,
        *,
        mailbox_id: int,
        provider: MigrationStartRequestProvider,
        source_host: str,
        source_port: int,
        source_security: MigrationStartRequestSourceSecurity,
        source_email: str,
        source_password: str,
        source_username: str | Unset = UNSET,
        selected_folders: builtins.list[str] | Unset = UNSET,
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationActionResult: ...

    async def start(self, *args: Any, **kwargs: Any) -> MigrationActionResult:
        """Start a migration

        ``POST /api/v1/migrations``, operation ``start_migration`` (the low-level function:
        ``trekmail_client.api.migrations.start_migration``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("start_migration", args, kwargs)

    def list_bulk(
        self,
        *,
        status: ListBulkMigrationsStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[BulkMigration, BulkMigrationList]:
        """List bulk migrations

        ``GET /api/v1/migrations/bulk``, operation ``list_bulk_migrations`` (the low-level function:
        ``trekmail_client.api.migrations.list_bulk_migrations``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("list_bulk_migrations", (), locals())

    @overload
    async def start_bulk(
        self,
        *,
        body: BulkMigrationStartRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult: ...

    @overload
    async def start_bulk(
        self,
        *,
        data: str,
        provider: BulkMigrationStartRequestProvider | Unset = UNSET,
        source_host: str | Unset = UNSET,
        source_port: int | Unset = 993,
        source_security: BulkMigrationStartRequestSourceSecurity | Unset = UNSET,
        per_row_server: bool | Unset = UNSET,
        folder_strategy: BulkMigrationStartRequestFolderStrategy | Unset = "all",
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        name: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult: ...

    async def start_bulk(self, *args: Any, **kwargs: Any) -> BulkMigrationActionResult:
        """Start a bulk migration

        ``POST /api/v1/migrations/bulk``, operation ``start_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.start_bulk_migration``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("start_bulk_migration", args, kwargs)

    @overload
    async def preview_bulk(
        self,
        *,
        body: BulkMigrationPreviewRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationPreviewResultData: ...

    @overload
    async def preview_bulk(
        self,
        *,
        data: str,
        provider: BulkMigrationPreviewRequestProvider | Unset = UNSET,
        source_host: str | Unset = UNSET,
        source_port: int | Unset = 993,
        source_security: BulkMigrationPreviewRequestSourceSecurity | Unset = UNSET,
        per_row_server: bool | Unset = UNSET,
        folder_strategy: BulkMigrationPreviewRequestFolderStrategy | Unset = "all",
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationPreviewResultData: ...

    async def preview_bulk(
        self, *args: Any, **kwargs: Any
    ) -> BulkMigrationPreviewResultData:
        """Preview a bulk migration

        ``POST /api/v1/migrations/bulk/preview``, operation ``preview_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.preview_bulk_migration``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("preview_bulk_migration", args, kwargs)

    async def get_bulk(
        self,
        batch: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigration:
        """Get a bulk migration

        ``GET /api/v1/migrations/bulk/{batch}``, operation ``get_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.get_bulk_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_bulk_migration", (), locals())

    async def delete_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteBulkMigrationResponse200 | None:
        """Delete a bulk migration

        ``DELETE /api/v1/migrations/bulk/{batch}``, operation ``delete_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.delete_bulk_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_bulk_migration", (), locals())

    @overload
    async def update_bulk_job_password(
        self,
        batch: int,
        job: int,
        *,
        body: BulkMigrationJobPasswordRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult: ...

    @overload
    async def update_bulk_job_password(
        self,
        batch: int,
        job: int,
        *,
        source_password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult: ...

    async def update_bulk_job_password(
        self, *args: Any, **kwargs: Any
    ) -> BulkMigrationActionResult:
        """Fix a bulk migration job password

        ``PATCH /api/v1/migrations/bulk/{batch}/jobs/{job}/password``, operation ``update_bulk_migration_job_password`` (the low-level function:
        ``trekmail_client.api.migrations.update_bulk_migration_job_password``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("update_bulk_migration_job_password", args, kwargs)

    async def cancel_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult:
        """Cancel a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:cancel``, operation ``cancel_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.cancel_bulk_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("cancel_bulk_migration", (), locals())

    async def resume_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult:
        """Resume a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:resume``, operation ``resume_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.resume_bulk_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("resume_bulk_migration", (), locals())

    async def retry_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BulkMigrationActionResult:
        """Retry a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:retry``, operation ``retry_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.retry_bulk_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("retry_bulk_migration", (), locals())

    @overload
    async def test_connection(
        self,
        *,
        body: MigrationConnectionTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationConnectionTestResult: ...

    @overload
    async def test_connection(
        self,
        *,
        source_host: str,
        source_port: int,
        source_security: MigrationConnectionTestRequestSourceSecurity,
        source_email: str,
        source_password: str,
        source_username: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationConnectionTestResult: ...

    async def test_connection(
        self, *args: Any, **kwargs: Any
    ) -> MigrationConnectionTestResult:
        """Test a migration source

        ``POST /api/v1/migrations/test-connection``, operation ``test_migration_connection`` (the low-level function:
        ``trekmail_client.api.migrations.test_migration_connection``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("test_migration_connection", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Migration:
        """Get a migration

        ``GET /api/v1/migrations/{id}``, operation ``get_migration`` (the low-level function:
        ``trekmail_client.api.migrations.get_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("get_migration", (), locals())

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteMigrationResponse200 | None:
        """Delete a migration

        ``DELETE /api/v1/migrations/{id}``, operation ``delete_migration`` (the low-level function:
        ``trekmail_client.api.migrations.delete_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("delete_migration", (), locals())

    async def cancel(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationActionResult:
        """Cancel a migration

        ``POST /api/v1/migrations/{id}:cancel``, operation ``cancel_migration`` (the low-level function:
        ``trekmail_client.api.migrations.cancel_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("cancel_migration", (), locals())

    async def retry(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MigrationActionResult:
        """Retry a migration

        ``POST /api/v1/migrations/{id}:retry``, operation ``retry_migration`` (the low-level function:
        ``trekmail_client.api.migrations.retry_migration``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("retry_migration", (), locals())


class MigrationsResourceWithRawResponse(APIResource):
    """``tm.migrations.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        status: ListMigrationsStatus | Unset = UNSET,
        mailbox_id: int | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationList]:
        """List migrations

        ``GET /api/v1/migrations``, operation ``list_migrations`` (the low-level function:
        ``trekmail_client.api.migrations.list_migrations``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_migrations", (), locals())

    @overload
    async def start(
        self,
        *,
        body: MigrationStartRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationActionResult]: ...

    @overload
    async def start(
        self,
        *,
        mailbox_id: int,
        provider: MigrationStartRequestProvider,
        source_host: str,
        source_port: int,
        source_security: MigrationStartRequestSourceSecurity,
        source_email: str,
        source_password: str,
        source_username: str | Unset = UNSET,
        selected_folders: builtins.list[str] | Unset = UNSET,
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationActionResult]: ...

    async def start(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MigrationActionResult]:
        """Start a migration

        ``POST /api/v1/migrations``, operation ``start_migration`` (the low-level function:
        ``trekmail_client.api.migrations.start_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("start_migration", args, kwargs)

    async def list_bulk(
        self,
        *,
        status: ListBulkMigrationsStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationList]:
        """List bulk migrations

        ``GET /api/v1/migrations/bulk``, operation ``list_bulk_migrations`` (the low-level function:
        ``trekmail_client.api.migrations.list_bulk_migrations``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("list_bulk_migrations", (), locals())

    @overload
    async def start_bulk(
        self,
        *,
        body: BulkMigrationStartRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]: ...

    @overload
    async def start_bulk(
        self,
        *,
        data: str,
        provider: BulkMigrationStartRequestProvider | Unset = UNSET,
        source_host: str | Unset = UNSET,
        source_port: int | Unset = 993,
        source_security: BulkMigrationStartRequestSourceSecurity | Unset = UNSET,
        per_row_server: bool | Unset = UNSET,
        folder_strategy: BulkMigrationStartRequestFolderStrategy | Unset = "all",
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        name: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]: ...

    async def start_bulk(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[BulkMigrationActionResult]:
        """Start a bulk migration

        ``POST /api/v1/migrations/bulk``, operation ``start_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.start_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("start_bulk_migration", args, kwargs)

    @overload
    async def preview_bulk(
        self,
        *,
        body: BulkMigrationPreviewRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationPreviewResultData]: ...

    @overload
    async def preview_bulk(
        self,
        *,
        data: str,
        provider: BulkMigrationPreviewRequestProvider | Unset = UNSET,
        source_host: str | Unset = UNSET,
        source_port: int | Unset = 993,
        source_security: BulkMigrationPreviewRequestSourceSecurity | Unset = UNSET,
        per_row_server: bool | Unset = UNSET,
        folder_strategy: BulkMigrationPreviewRequestFolderStrategy | Unset = "all",
        import_since: datetime.date | Unset = UNSET,
        skip_duplicates: bool | Unset = True,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationPreviewResultData]: ...

    async def preview_bulk(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[BulkMigrationPreviewResultData]:
        """Preview a bulk migration

        ``POST /api/v1/migrations/bulk/preview``, operation ``preview_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.preview_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("preview_bulk_migration", args, kwargs)

    async def get_bulk(
        self,
        batch: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigration]:
        """Get a bulk migration

        ``GET /api/v1/migrations/bulk/{batch}``, operation ``get_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.get_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_bulk_migration", (), locals())

    async def delete_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteBulkMigrationResponse200 | None]:
        """Delete a bulk migration

        ``DELETE /api/v1/migrations/bulk/{batch}``, operation ``delete_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.delete_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_bulk_migration", (), locals())

    @overload
    async def update_bulk_job_password(
        self,
        batch: int,
        job: int,
        *,
        body: BulkMigrationJobPasswordRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]: ...

    @overload
    async def update_bulk_job_password(
        self,
        batch: int,
        job: int,
        *,
        source_password: str,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]: ...

    async def update_bulk_job_password(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[BulkMigrationActionResult]:
        """Fix a bulk migration job password

        ``PATCH /api/v1/migrations/bulk/{batch}/jobs/{job}/password``, operation ``update_bulk_migration_job_password`` (the low-level function:
        ``trekmail_client.api.migrations.update_bulk_migration_job_password``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("update_bulk_migration_job_password", args, kwargs)

    async def cancel_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]:
        """Cancel a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:cancel``, operation ``cancel_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.cancel_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("cancel_bulk_migration", (), locals())

    async def resume_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]:
        """Resume a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:resume``, operation ``resume_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.resume_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("resume_bulk_migration", (), locals())

    async def retry_bulk(
        self,
        batch: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[BulkMigrationActionResult]:
        """Retry a bulk migration

        ``POST /api/v1/migrations/bulk/{batch}:retry``, operation ``retry_bulk_migration`` (the low-level function:
        ``trekmail_client.api.migrations.retry_bulk_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("retry_bulk_migration", (), locals())

    @overload
    async def test_connection(
        self,
        *,
        body: MigrationConnectionTestRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationConnectionTestResult]: ...

    @overload
    async def test_connection(
        self,
        *,
        source_host: str,
        source_port: int,
        source_security: MigrationConnectionTestRequestSourceSecurity,
        source_email: str,
        source_password: str,
        source_username: str | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationConnectionTestResult]: ...

    async def test_connection(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[MigrationConnectionTestResult]:
        """Test a migration source

        ``POST /api/v1/migrations/test-connection``, operation ``test_migration_connection`` (the low-level function:
        ``trekmail_client.api.migrations.test_migration_connection``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("test_migration_connection", args, kwargs)

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[Migration]:
        """Get a migration

        ``GET /api/v1/migrations/{id}``, operation ``get_migration`` (the low-level function:
        ``trekmail_client.api.migrations.get_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("get_migration", (), locals())

    async def delete(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DeleteMigrationResponse200 | None]:
        """Delete a migration

        ``DELETE /api/v1/migrations/{id}``, operation ``delete_migration`` (the low-level function:
        ``trekmail_client.api.migrations.delete_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("delete_migration", (), locals())

    async def cancel(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationActionResult]:
        """Cancel a migration

        ``POST /api/v1/migrations/{id}:cancel``, operation ``cancel_migration`` (the low-level function:
        ``trekmail_client.api.migrations.cancel_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("cancel_migration", (), locals())

    async def retry(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[MigrationActionResult]:
        """Retry a migration

        ``POST /api/v1/migrations/{id}:retry``, operation ``retry_migration`` (the low-level function:
        ``trekmail_client.api.migrations.retry_migration``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("retry_migration", (), locals())
