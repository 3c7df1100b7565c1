from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveBulkSelectionRequest")


@_attrs_define
class DriveBulkSelectionRequest:
    """Files and folders of one space to act on; at most 5000 items in all.

    Attributes:
        file_ids (list[int] | Unset): File ids.
        folder_ids (list[int] | Unset): Folder ids.
    """

    file_ids: list[int] | Unset = UNSET
    folder_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_ids: list[int] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        folder_ids: list[int] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_ids = cast(list[int], d.pop("file_ids", UNSET))

        folder_ids = cast(list[int], d.pop("folder_ids", UNSET))

        drive_bulk_selection_request = cls(
            file_ids=file_ids,
            folder_ids=folder_ids,
        )

        return drive_bulk_selection_request
