from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="DriveUploadCompletedPart")


@_attrs_define
class DriveUploadCompletedPart:
    """One uploaded part.

    Attributes:
        part_number (int): Part number.
        etag (str): The part's ETag, without quotes.
    """

    part_number: int
    etag: str

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        etag = self.etag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "part_number": part_number,
                "etag": etag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        part_number = d.pop("part_number")

        etag = d.pop("etag")

        drive_upload_completed_part = cls(
            part_number=part_number,
            etag=etag,
        )

        return drive_upload_completed_part
