from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="FolderCreateRequest")


@_attrs_define
class FolderCreateRequest:
    """Create a folder.

    Attributes:
        name (str): Leaf name (must not contain the delimiter; reserved: INBOX, Sent, Drafts, Junk, Trash, Archive,
            Scheduled).
        parent (str | Unset): Raw path of an existing parent folder.
    """

    name: str
    parent: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent = self.parent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        parent = d.pop("parent", UNSET)

        folder_create_request = cls(
            name=name,
            parent=parent,
        )

        return folder_create_request
