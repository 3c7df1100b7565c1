from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.drive_upload_headers import DriveUploadHeaders
    from ..models.drive_upload_part_url import DriveUploadPartUrl


T = TypeVar("T", bound="DriveUploadSession")


@_attrs_define
class DriveUploadSession:
    """An initiated upload. Below 100 MB: one PUT to `upload_url` (with `headers`); otherwise multipart: PUT each part to
    its `parts[].upload_url`, then complete with the parts' ETags.

        Attributes:
            file_id (int): Id of the file being uploaded (used by complete, refresh-parts and abort).
            multipart (bool): True for a multipart upload.
            upload_url (None | str | Unset): Single-PUT URL (non-multipart uploads).
            headers (DriveUploadHeaders | None | Unset): Headers to send with the single PUT.
            upload_id (None | str | Unset): Multipart upload id.
            part_size_bytes (int | None | Unset): Part size in bytes (multipart).
            parts (list[DriveUploadPartUrl] | Unset): Presigned part URLs (multipart).
            expires_at (None | str | Unset): When the presigned URLs expire (format not stated by the facts).
    """

    file_id: int
    multipart: bool
    upload_url: None | str | Unset = UNSET
    headers: DriveUploadHeaders | None | Unset = UNSET
    upload_id: None | str | Unset = UNSET
    part_size_bytes: int | None | Unset = UNSET
    parts: list[DriveUploadPartUrl] | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.drive_upload_headers import DriveUploadHeaders  # noqa: PLC0415

        file_id = self.file_id

        multipart = self.multipart

        upload_url: None | str | Unset
        if isinstance(self.upload_url, Unset):
            upload_url = UNSET
        else:
            upload_url = self.upload_url

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, DriveUploadHeaders):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        upload_id: None | str | Unset
        if isinstance(self.upload_id, Unset):
            upload_id = UNSET
        else:
            upload_id = self.upload_id

        part_size_bytes: int | None | Unset
        if isinstance(self.part_size_bytes, Unset):
            part_size_bytes = UNSET
        else:
            part_size_bytes = self.part_size_bytes

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "multipart": multipart,
            }
        )
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if part_size_bytes is not UNSET:
            field_dict["part_size_bytes"] = part_size_bytes
        if parts is not UNSET:
            field_dict["parts"] = parts
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.drive_upload_headers import DriveUploadHeaders  # noqa: PLC0415
        from ..models.drive_upload_part_url import DriveUploadPartUrl  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id")

        multipart = d.pop("multipart")

        def _parse_upload_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_url = _parse_upload_url(d.pop("upload_url", UNSET))

        def _parse_headers(data: object) -> DriveUploadHeaders | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = DriveUploadHeaders.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriveUploadHeaders | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_upload_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_id = _parse_upload_id(d.pop("upload_id", UNSET))

        def _parse_part_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        part_size_bytes = _parse_part_size_bytes(d.pop("part_size_bytes", UNSET))

        _parts = d.pop("parts", UNSET)
        parts: list[DriveUploadPartUrl] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = DriveUploadPartUrl.from_dict(parts_item_data)

                parts.append(parts_item)

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        drive_upload_session = cls(
            file_id=file_id,
            multipart=multipart,
            upload_url=upload_url,
            headers=headers,
            upload_id=upload_id,
            part_size_bytes=part_size_bytes,
            parts=parts,
            expires_at=expires_at,
        )

        drive_upload_session.additional_properties = d
        return drive_upload_session

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
