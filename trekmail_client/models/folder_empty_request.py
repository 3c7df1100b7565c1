from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.folder_empty_request_folder import check_folder_empty_request_folder
from ..models.folder_empty_request_folder import FolderEmptyRequestFolder


T = TypeVar("T", bound="FolderEmptyRequest")


@_attrs_define
class FolderEmptyRequest:
    """Empty Trash or Junk.

    Attributes:
        folder (FolderEmptyRequestFolder): Folder to empty.
    """

    folder: FolderEmptyRequestFolder

    def to_dict(self) -> dict[str, Any]:
        folder: str = self.folder

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folder": folder,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder = check_folder_empty_request_folder(d.pop("folder"))

        folder_empty_request = cls(
            folder=folder,
        )

        return folder_empty_request
