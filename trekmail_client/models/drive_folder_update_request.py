from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveFolderUpdateRequest")


@_attrs_define
class DriveFolderUpdateRequest:
    """Rename a folder or change its colour; send at least one field (an empty body is refused).

    Attributes:
        name (str | Unset): New folder name.
        color (None | str | Unset): Colour `#RRGGBB`; null clears it. Example: #1A73E8.
    """

    name: str | Unset = UNSET
    color: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        drive_folder_update_request = cls(
            name=name,
            color=color,
        )

        return drive_folder_update_request
