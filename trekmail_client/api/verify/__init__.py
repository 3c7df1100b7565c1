"""The ``verify`` resource (``tm.verify``) and its endpoint modules (generated).

Each module ``trekmail_client.api.verify.<operation_id>`` is the low-level function layer;
:class:`VerifyResource` is the layer users meet first.
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
    from ...models.error_response import ErrorResponse
    from ...models.verify_bulk_job_created import VerifyBulkJobCreated
    from ...models.verify_bulk_request import VerifyBulkRequest
    from ...models.verify_bulk_request_mode import check_verify_bulk_request_mode
    from ...models.verify_bulk_request_mode import VerifyBulkRequestMode
    from ...models.verify_credits import VerifyCredits
    from ...models.verify_delete_job_response_200 import VerifyDeleteJobResponse200
    from ...models.verify_email_request import VerifyEmailRequest
    from ...models.verify_email_request_mode import check_verify_email_request_mode
    from ...models.verify_email_request_mode import VerifyEmailRequestMode
    from ...models.verify_email_result import VerifyEmailResult
    from ...models.verify_job import VerifyJob
    from ...models.verify_job_cancel_result import VerifyJobCancelResult
    from ...models.verify_job_download_filter import check_verify_job_download_filter
    from ...models.verify_job_download_filter import VerifyJobDownloadFilter
    from ...models.verify_job_list import VerifyJobList
    from ...models.verify_job_status import VerifyJobStatus
    from ...models.verify_job_status_data_item import VerifyJobStatusDataItem
    from ...models.verify_job_status_status import check_verify_job_status_status
    from ...models.verify_job_status_status import VerifyJobStatusStatus
    from ...models.verify_list_jobs_status import check_verify_list_jobs_status
    from ...models.verify_list_jobs_status import VerifyListJobsStatus
    from ...types import File, FileTypes
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["VerifyResource", "VerifyResourceWithRawResponse"]


class VerifyResource(APIResource):
    """``tm.verify``: the 8 operations tagged ``verify``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> VerifyResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return VerifyResourceWithRawResponse(self._client)

    @overload
    async def email(
        self,
        *,
        body: VerifyEmailRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyEmailResult: ...

    @overload
    async def email(
        self,
        *,
        email: str,
        mode: VerifyEmailRequestMode | Unset = "quick",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyEmailResult: ...

    async def email(self, *args: Any, **kwargs: Any) -> VerifyEmailResult:
        """Verify an address

        ``POST /api/v1/verify``, operation ``verify_email`` (the low-level function:
        ``trekmail_client.api.verify.verify_email``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_email", args, kwargs)

    def list_jobs(
        self,
        *,
        status: VerifyListJobsStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = 20,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[VerifyJob, VerifyJobList]:
        """List bulk verification jobs

        ``GET /api/v1/verify/bulk``, operation ``verify_list_jobs`` (the low-level function:
        ``trekmail_client.api.verify.verify_list_jobs``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("verify_list_jobs", (), locals())

    @overload
    async def email_bulk(
        self,
        *,
        body: VerifyBulkRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyBulkJobCreated: ...

    @overload
    async def email_bulk(
        self,
        *,
        emails: builtins.list[str],
        name: str | Unset = UNSET,
        mode: VerifyBulkRequestMode | Unset = "quick",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyBulkJobCreated: ...

    async def email_bulk(self, *args: Any, **kwargs: Any) -> VerifyBulkJobCreated:
        """Verify addresses in bulk

        ``POST /api/v1/verify/bulk``, operation ``verify_email_bulk`` (the low-level function:
        ``trekmail_client.api.verify.verify_email_bulk``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_email_bulk", args, kwargs)

    def job_status(
        self,
        job_id: int,
        *,
        status: VerifyJobStatusStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[VerifyJobStatusDataItem, VerifyJobStatus]:
        """Get a bulk verification job

        ``GET /api/v1/verify/bulk/{job_id}``, operation ``verify_job_status`` (the low-level function:
        ``trekmail_client.api.verify.verify_job_status``, whose docstring lists every argument).
        Returns an ``AsyncPaginator``: ``await`` it for the first page, ``async for`` over it for every
        item across pages.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return self._list("verify_job_status", (), locals())

    async def delete_job(
        self,
        job_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyDeleteJobResponse200 | None:
        """Delete a bulk verification job

        ``DELETE /api/v1/verify/bulk/{job_id}``, operation ``verify_delete_job`` (the low-level function:
        ``trekmail_client.api.verify.verify_delete_job``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_delete_job", (), locals())

    async def cancel_job(
        self,
        job_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyJobCancelResult:
        """Cancel a bulk verification job

        ``POST /api/v1/verify/bulk/{job_id}/cancel``, operation ``verify_cancel_job`` (the low-level function:
        ``trekmail_client.api.verify.verify_cancel_job``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_cancel_job", (), locals())

    async def job_download(
        self,
        job_id: int,
        *,
        filter_: VerifyJobDownloadFilter | Unset = "all",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> File:
        """Download bulk verification results

        ``GET /api/v1/verify/bulk/{job_id}/download``, operation ``verify_job_download`` (the low-level function:
        ``trekmail_client.api.verify.verify_job_download``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_job_download", (), locals())

    async def credits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyCredits:
        """Get verifier credits

        ``GET /api/v1/verify/credits``, operation ``verify_credits`` (the low-level function:
        ``trekmail_client.api.verify.verify_credits``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("verify_credits", (), locals())


class VerifyResourceWithRawResponse(APIResource):
    """``tm.verify.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    @overload
    async def email(
        self,
        *,
        body: VerifyEmailRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyEmailResult]: ...

    @overload
    async def email(
        self,
        *,
        email: str,
        mode: VerifyEmailRequestMode | Unset = "quick",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyEmailResult]: ...

    async def email(self, *args: Any, **kwargs: Any) -> RawResponse[VerifyEmailResult]:
        """Verify an address

        ``POST /api/v1/verify``, operation ``verify_email`` (the low-level function:
        ``trekmail_client.api.verify.verify_email``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_email", args, kwargs)

    async def list_jobs(
        self,
        *,
        status: VerifyListJobsStatus | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = 20,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyJobList]:
        """List bulk verification jobs

        ``GET /api/v1/verify/bulk``, operation ``verify_list_jobs`` (the low-level function:
        ``trekmail_client.api.verify.verify_list_jobs``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_list_jobs", (), locals())

    @overload
    async def email_bulk(
        self,
        *,
        body: VerifyBulkRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyBulkJobCreated]: ...

    @overload
    async def email_bulk(
        self,
        *,
        emails: builtins.list[str],
        name: str | Unset = UNSET,
        mode: VerifyBulkRequestMode | Unset = "quick",
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyBulkJobCreated]: ...

    async def email_bulk(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[VerifyBulkJobCreated]:
        """Verify addresses in bulk

        ``POST /api/v1/verify/bulk``, operation ``verify_email_bulk`` (the low-level function:
        ``trekmail_client.api.verify.verify_email_bulk``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_email_bulk", args, kwargs)

    async def job_status(
        self,
        job_id: int,
        *,
        status: VerifyJobStatusStatus | Unset = UNSET,
        search: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 100,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyJobStatus]:
        """Get a bulk verification job

        ``GET /api/v1/verify/bulk/{job_id}``, operation ``verify_job_status`` (the low-level function:
        ``trekmail_client.api.verify.verify_job_status``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_job_status", (), locals())

    async def delete_job(
        self,
        job_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyDeleteJobResponse200 | None]:
        """Delete a bulk verification job

        ``DELETE /api/v1/verify/bulk/{job_id}``, operation ``verify_delete_job`` (the low-level function:
        ``trekmail_client.api.verify.verify_delete_job``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_delete_job", (), locals())

    async def cancel_job(
        self,
        job_id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyJobCancelResult]:
        """Cancel a bulk verification job

        ``POST /api/v1/verify/bulk/{job_id}/cancel``, operation ``verify_cancel_job`` (the low-level function:
        ``trekmail_client.api.verify.verify_cancel_job``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_cancel_job", (), locals())

    async def job_download(
        self,
        job_id: int,
        *,
        filter_: VerifyJobDownloadFilter | Unset = "all",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[File]:
        """Download bulk verification results

        ``GET /api/v1/verify/bulk/{job_id}/download``, operation ``verify_job_download`` (the low-level function:
        ``trekmail_client.api.verify.verify_job_download``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_job_download", (), locals())

    async def credits(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[VerifyCredits]:
        """Get verifier credits

        ``GET /api/v1/verify/credits``, operation ``verify_credits`` (the low-level function:
        ``trekmail_client.api.verify.verify_credits``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("verify_credits", (), locals())
