from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveFile")


@_attrs_define
class DriveFile:
    """A Drive file. The facts list name, size, MIME type, status, scan status and `has_active_share_link`; only the names
    `name`, `status` and `has_active_share_link` are certain, the others are kept as additional properties.

        Attributes:
            id (int | Unset): File id.
            name (str | Unset): File name.
            status (None | str | Unset): File status (a plain string so new values parse).
            has_active_share_link (bool | None | Unset): True when an active public share link exists.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    status: None | str | Unset = UNSET
    has_active_share_link: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        has_active_share_link: bool | None | Unset
        if isinstance(self.has_active_share_link, Unset):
            has_active_share_link = UNSET
        else:
            has_active_share_link = self.has_active_share_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if has_active_share_link is not UNSET:
            field_dict["has_active_share_link"] = has_active_share_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_has_active_share_link(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_active_share_link = _parse_has_active_share_link(
            d.pop("has_active_share_link", UNSET)
        )

        drive_file = cls(
            id=id,
            name=name,
            status=status,
            has_active_share_link=has_active_share_link,
        )

        drive_file.additional_properties = d
        return drive_file

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
