from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="DriveUploadRefreshPartsRequest")


@_attrs_define
class DriveUploadRefreshPartsRequest:
    """Get fresh presigned URLs for some parts.

    Attributes:
        part_numbers (list[int]): Part numbers to refresh.
    """

    part_numbers: list[int]

    def to_dict(self) -> dict[str, Any]:
        part_numbers = self.part_numbers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "part_numbers": part_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part_numbers = cast(list[int], d.pop("part_numbers"))

        drive_upload_refresh_parts_request = cls(
            part_numbers=part_numbers,
        )

        return drive_upload_refresh_parts_request
