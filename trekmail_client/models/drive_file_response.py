from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.drive_file import DriveFile


T = TypeVar("T", bound="DriveFileResponse")


@_attrs_define
class DriveFileResponse:
    """A single Drive file. The `data` wrapper follows the overview's convention; the official client's facts do not
    confirm it for this operation, so it is optional.

        Attributes:
            data (DriveFile | Unset): A Drive file. The facts list name, size, MIME type, status, scan status and
                `has_active_share_link`; only the names `name`, `status` and `has_active_share_link` are certain, the others are
                kept as additional properties.
    """

    data: DriveFile | Unset = UNSET
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
        from ..models.drive_file import DriveFile  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: DriveFile | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DriveFile.from_dict(_data)

        drive_file_response = cls(
            data=data,
        )

        drive_file_response.additional_properties = d
        return drive_file_response

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
