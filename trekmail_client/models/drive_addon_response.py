from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.drive_addon import DriveAddon


T = TypeVar("T", bound="DriveAddonResponse")


@_attrs_define
class DriveAddonResponse:
    """Drive Storage Add-on status. The `data` wrapper follows the overview's convention; the official client's facts do
    not confirm it for this operation, so it is optional.

        Attributes:
            data (DriveAddon | Unset): Drive Storage Add-on status. The facts describe active, in grace, size in GB, period
                end and hard-delete date; the names below are read from that description (UNSURE), the dates stay additional
                properties.
    """

    data: DriveAddon | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drive_addon import DriveAddon  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: DriveAddon | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DriveAddon.from_dict(_data)

        drive_addon_response = cls(
            data=data,
        )

        drive_addon_response.additional_properties = d
        return drive_addon_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
