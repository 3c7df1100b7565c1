from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field


if TYPE_CHECKING:
    from ..models.drive_file import DriveFile


T = TypeVar("T", bound="DriveFileResponse")


@_attrs_define
class DriveFileResponse:
    """A single Drive file.

    Attributes:
        data (DriveFile): A Drive file. The facts list name, size, MIME type, status, scan status and
            `has_active_share_link`; only the names `name`, `status` and `has_active_share_link` are certain, the others are
            kept as additional properties.
    """

    data: DriveFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drive_file import DriveFile  # noqa: PLC0415

        d = dict(src_dict)
        data = DriveFile.from_dict(d.pop("data"))

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
