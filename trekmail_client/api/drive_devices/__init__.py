"""The ``drive_devices`` resource (``tm.drive_devices``) and its endpoint modules (generated).

Each module ``trekmail_client.api.drive_devices.<operation_id>`` is the low-level function layer;
:class:`DriveDevicesResource` is the layer users meet first.
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
    from ...models.drive_device import DriveDevice
    from ...models.drive_device_create_request import DriveDeviceCreateRequest
    from ...models.drive_device_create_request_scopes_item import (
        check_drive_device_create_request_scopes_item,
    )
    from ...models.drive_device_create_request_scopes_item import (
        DriveDeviceCreateRequestScopesItem,
    )
    from ...models.drive_device_list import DriveDeviceList
    from ...models.drive_device_revoke_response_200 import DriveDeviceRevokeResponse200
    from ...models.drive_device_revoke_response_200_data import (
        DriveDeviceRevokeResponse200Data,
    )
    from ...models.drive_device_rotate_request import DriveDeviceRotateRequest
    from ...models.drive_device_secret import DriveDeviceSecret
    from ...models.drive_device_secret_response import DriveDeviceSecretResponse
    from ...models.error_response import ErrorResponse
    from ...types import UNSET, Unset
    from typing import cast

__all__ = ["DriveDevicesResource", "DriveDevicesResourceWithRawResponse"]


class DriveDevicesResource(APIResource):
    """``tm.drive_devices``: the 4 operations tagged ``drive_devices``, one method each.

    Methods take the operation's path parameters first, then keyword arguments, and return
    the success model (what is inside ``data`` where the model only wraps it). List methods
    return an ``AsyncPaginator``. ``.with_raw_response`` gives the same methods returning the
    answer as received.
    """

    __slots__ = ()
    _package = __name__

    @property
    def with_raw_response(self) -> DriveDevicesResourceWithRawResponse:
        """The same methods, returning :class:`~trekmail_client.RawResponse` (status,
        headers, request id, idempotency key, replay flag, retries taken, ``.parse()``)."""
        return DriveDevicesResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> builtins.list[DriveDevice]:
        """List Drive sync devices

        ``GET /api/v1/drive/devices``, operation ``drive_device_list`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_list``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_device_list", (), locals())

    @overload
    async def create(
        self,
        *,
        body: DriveDeviceCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDeviceSecret: ...

    @overload
    async def create(
        self,
        *,
        label: str,
        scopes: builtins.list[DriveDeviceCreateRequestScopesItem],
        mailbox_id: int | None | Unset = UNSET,
        expires_in_days: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDeviceSecret: ...

    async def create(self, *args: Any, **kwargs: Any) -> DriveDeviceSecret:
        """Create a Drive sync device

        ``POST /api/v1/drive/devices``, operation ``drive_device_create`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_create``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_device_create", args, kwargs)

    async def revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDeviceRevokeResponse200Data | None:
        """Revoke a Drive sync device

        ``DELETE /api/v1/drive/devices/{id}``, operation ``drive_device_revoke`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_revoke``, whose docstring lists every argument).
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_device_revoke", (), locals())

    @overload
    async def rotate(
        self,
        id: int,
        *,
        body: DriveDeviceRotateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDeviceSecret: ...

    @overload
    async def rotate(
        self,
        id: int,
        *,
        expires_in_days: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DriveDeviceSecret: ...

    async def rotate(self, *args: Any, **kwargs: Any) -> DriveDeviceSecret:
        """Rotate a Drive sync device password

        ``POST /api/v1/drive/devices/{id}:rotate``, operation ``drive_device_rotate`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_rotate``, whose docstring lists every argument).
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call("drive_device_rotate", args, kwargs)


class DriveDevicesResourceWithRawResponse(APIResource):
    """``tm.drive_devices.with_raw_response``: each method returns the answer as received."""

    __slots__ = ()
    _package = __name__

    async def list(
        self,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[builtins.list[DriveDevice]]:
        """List Drive sync devices

        ``GET /api/v1/drive/devices``, operation ``drive_device_list`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_list``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_device_list", (), locals())

    @overload
    async def create(
        self,
        *,
        body: DriveDeviceCreateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDeviceSecret]: ...

    @overload
    async def create(
        self,
        *,
        label: str,
        scopes: builtins.list[DriveDeviceCreateRequestScopesItem],
        mailbox_id: int | None | Unset = UNSET,
        expires_in_days: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDeviceSecret]: ...

    async def create(self, *args: Any, **kwargs: Any) -> RawResponse[DriveDeviceSecret]:
        """Create a Drive sync device

        ``POST /api/v1/drive/devices``, operation ``drive_device_create`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_create``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_device_create", args, kwargs)

    async def revoke(
        self,
        id: int,
        *,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDeviceRevokeResponse200Data | None]:
        """Revoke a Drive sync device

        ``DELETE /api/v1/drive/devices/{id}``, operation ``drive_device_revoke`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_revoke``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_device_revoke", (), locals())

    @overload
    async def rotate(
        self,
        id: int,
        *,
        body: DriveDeviceRotateRequest,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDeviceSecret]: ...

    @overload
    async def rotate(
        self,
        id: int,
        *,
        expires_in_days: int | None | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DriveDeviceSecret]: ...

    async def rotate(self, *args: Any, **kwargs: Any) -> RawResponse[DriveDeviceSecret]:
        """Rotate a Drive sync device password

        ``POST /api/v1/drive/devices/{id}:rotate``, operation ``drive_device_rotate`` (the low-level function:
        ``trekmail_client.api.drive_devices.drive_device_rotate``, whose docstring lists every argument).
        Returns the answer as received; ``.parse()`` gives the typed result.
        The body is ``body=`` or its fields as keyword arguments.
        Per-call options: ``timeout`` (seconds per attempt, or ``httpx.Timeout``), ``max_retries``,
        ``idempotency_key`` (``None``: one the client chooses), ``extra_headers``, ``extra_query``.
        Raises: as the low-level function: ``APIError`` and its subclasses (``MissingTokenError``
        when the client has no ops token (`tm_live_`)).
        """
        return await self._call_raw("drive_device_rotate", args, kwargs)
