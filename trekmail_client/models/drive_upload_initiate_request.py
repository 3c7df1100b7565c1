from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DriveUploadInitiateRequest")


@_attrs_define
class DriveUploadInitiateRequest:
    """Reserve quota and get presigned upload URL(s) for a new file.

    Attributes:
        name (str): File name.
        size_bytes (int): File size in bytes.
        folder_id (int | None | Unset): Target folder id; null (or omitted) uploads to the root. The official client
            always sends it.
        client_mime (str | Unset): MIME type reported by the client.
    """

    name: str
    size_bytes: int
    folder_id: int | None | Unset = UNSET
    client_mime: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size_bytes = self.size_bytes

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        client_mime = self.client_mime

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "size_bytes": size_bytes,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if client_mime is not UNSET:
            field_dict["client_mime"] = client_mime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        size_bytes = d.pop("size_bytes")

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        client_mime = d.pop("client_mime", UNSET)

        drive_upload_initiate_request = cls(
            name=name,
            size_bytes=size_bytes,
            folder_id=folder_id,
            client_mime=client_mime,
        )

        return drive_upload_initiate_request
