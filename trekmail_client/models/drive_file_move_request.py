from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="DriveFileMoveRequest")


@_attrs_define
class DriveFileMoveRequest:
    """Move a file to another folder of the same space.

    Attributes:
        folder_id (int | None): Target folder id; null moves the file to the root.
    """

    folder_id: int | None

    def to_dict(self) -> dict[str, Any]:
        folder_id: int | None
        folder_id = self.folder_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folder_id": folder_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_folder_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        folder_id = _parse_folder_id(d.pop("folder_id"))

        drive_file_move_request = cls(
            folder_id=folder_id,
        )

        return drive_file_move_request
