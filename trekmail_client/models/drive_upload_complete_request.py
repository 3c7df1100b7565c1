from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.drive_upload_completed_part import DriveUploadCompletedPart


T = TypeVar("T", bound="DriveUploadCompleteRequest")


@_attrs_define
class DriveUploadCompleteRequest:
    """Finish an upload: an empty object for a single-PUT upload, `parts` for a multipart one.

    Attributes:
        parts (list[DriveUploadCompletedPart] | Unset): Every uploaded part with its ETag (multipart only).
    """

    parts: list[DriveUploadCompletedPart] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drive_upload_completed_part import DriveUploadCompletedPart  # noqa: PLC0415

        d = dict(src_dict)
        _parts = d.pop("parts", UNSET)
        parts: list[DriveUploadCompletedPart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = DriveUploadCompletedPart.from_dict(parts_item_data)

                parts.append(parts_item)

        drive_upload_complete_request = cls(
            parts=parts,
        )

        return drive_upload_complete_request
