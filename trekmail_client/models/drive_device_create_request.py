from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.drive_device_create_request_scopes_item import (
    check_drive_device_create_request_scopes_item,
)
from ..models.drive_device_create_request_scopes_item import (
    DriveDeviceCreateRequestScopesItem,
)
from typing import cast


T = TypeVar("T", bound="DriveDeviceCreateRequest")


@_attrs_define
class DriveDeviceCreateRequest:
    """Create a sync-device password.

    Attributes:
        label (str): Label.
        scopes (list[DriveDeviceCreateRequestScopesItem]): Drive scopes to grant (at least one). `drive:mailbox:*`
            scopes need `mailbox_id`.
        mailbox_id (int | None | Unset): Mailbox the device is bound to; required for `drive:mailbox:*` scopes. The
            official client always sends it (null when unbound).
        expires_in_days (int | None | Unset): Lifetime in days (1-3650); null never expires.
    """

    label: str
    scopes: list[DriveDeviceCreateRequestScopesItem]
    mailbox_id: int | None | Unset = UNSET
    expires_in_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item: str = scopes_item_data
            scopes.append(scopes_item)

        mailbox_id: int | None | Unset
        if isinstance(self.mailbox_id, Unset):
            mailbox_id = UNSET
        else:
            mailbox_id = self.mailbox_id

        expires_in_days: int | None | Unset
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
                "scopes": scopes,
            }
        )
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = check_drive_device_create_request_scopes_item(
                scopes_item_data
            )

            scopes.append(scopes_item)

        def _parse_mailbox_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mailbox_id = _parse_mailbox_id(d.pop("mailbox_id", UNSET))

        def _parse_expires_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_days = _parse_expires_in_days(d.pop("expires_in_days", UNSET))

        drive_device_create_request = cls(
            label=label,
            scopes=scopes,
            mailbox_id=mailbox_id,
            expires_in_days=expires_in_days,
        )

        return drive_device_create_request
