from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="DriveFolderMoveRequest")


@_attrs_define
class DriveFolderMoveRequest:
    """Move a folder (the server refuses cycles).

    Attributes:
        parent_id (int | None): New parent folder id; null moves the folder to the root.
    """

    parent_id: int | None

    def to_dict(self) -> dict[str, Any]:
        parent_id: int | None
        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_parent_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        drive_folder_move_request = cls(
            parent_id=parent_id,
        )

        return drive_folder_move_request
