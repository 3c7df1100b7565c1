from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveAddon")


@_attrs_define
class DriveAddon:
    """Drive Storage Add-on status. The facts describe active, in grace, size in GB, period end and hard-delete date; the
    names below are read from that description (UNSURE), the dates stay additional properties.

        Attributes:
            active (bool | None | Unset): True while the add-on is active.
            in_grace (bool | None | Unset): True during the grace period after cancellation.
            size_gb (float | None | Unset): Add-on size in GB.
    """

    active: bool | None | Unset = UNSET
    in_grace: bool | None | Unset = UNSET
    size_gb: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        in_grace: bool | None | Unset
        if isinstance(self.in_grace, Unset):
            in_grace = UNSET
        else:
            in_grace = self.in_grace

        size_gb: float | None | Unset
        if isinstance(self.size_gb, Unset):
            size_gb = UNSET
        else:
            size_gb = self.size_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if in_grace is not UNSET:
            field_dict["in_grace"] = in_grace
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_in_grace(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_grace = _parse_in_grace(d.pop("in_grace", UNSET))

        def _parse_size_gb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size_gb = _parse_size_gb(d.pop("size_gb", UNSET))

        drive_addon = cls(
            active=active,
            in_grace=in_grace,
            size_gb=size_gb,
        )

        drive_addon.additional_properties = d
        return drive_addon

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
