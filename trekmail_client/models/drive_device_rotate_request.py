from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveDeviceRotateRequest")


@_attrs_define
class DriveDeviceRotateRequest:
    """Rotate a device password.

    Attributes:
        expires_in_days (int | None | Unset): Lifetime of the new password in days (1-3650); null inherits the old
            setting. The official client always sends it.
    """

    expires_in_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_in_days: int | None | Unset
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_expires_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_days = _parse_expires_in_days(d.pop("expires_in_days", UNSET))

        drive_device_rotate_request = cls(
            expires_in_days=expires_in_days,
        )

        return drive_device_rotate_request
