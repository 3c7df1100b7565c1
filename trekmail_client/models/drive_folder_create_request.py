from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveFolderCreateRequest")


@_attrs_define
class DriveFolderCreateRequest:
    """Create a folder.

    Attributes:
        name (str): Folder name.
        parent_id (int | None | Unset): Parent folder id; null (or omitted) creates the folder at the root. The official
            client always sends it.
        color (str | Unset): Colour `#RRGGBB`. Example: #1A73E8.
        is_shared (bool | Unset): Create it as a shared folder (only at the root: `parent_id` null).
    """

    name: str
    parent_id: int | None | Unset = UNSET
    color: str | Unset = UNSET
    is_shared: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        color = self.color

        is_shared = self.is_shared

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if color is not UNSET:
            field_dict["color"] = color
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        color = d.pop("color", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        drive_folder_create_request = cls(
            name=name,
            parent_id=parent_id,
            color=color,
            is_shared=is_shared,
        )

        return drive_folder_create_request
