from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveUploadSession")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveUploadSession:
    """An initiated upload. Below 100 MB: one PUT to `upload_url` (with `headers`); otherwise
    multipart: PUT each part to its `parts[].upload_url`, then complete with the parts' ETags.

    Attributes:
        file_id (int): Id of the file being uploaded (used by complete, refresh-parts and
            abort).
        multipart (bool): True for a multipart upload.
        upload_url (None | str | Unset): Single-PUT URL (non-multipart uploads).
        headers (DriveUploadHeaders | None | Unset): Headers to send with the single PUT.
        upload_id (None | str | Unset): Multipart upload id.
        part_size_bytes (int | None | Unset): Part size in bytes (multipart).
        parts (list[DriveUploadPartUrl] | Unset): Presigned part URLs (multipart).
        expires_at (None | str | Unset): When the presigned URLs expire (format not stated by
            the facts).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    file_id: int
    multipart: bool
    upload_url: None | str | Unset = UNSET
    headers: DriveUploadHeaders | None | Unset = UNSET
    upload_id: None | str | Unset = UNSET
    part_size_bytes: int | None | Unset = UNSET
    parts: list[DriveUploadPartUrl] | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_parsing.redacted_mapping_repr
    )
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        file_id = self.file_id
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        multipart = self.multipart
        if multipart is not UNSET:
            field_dict["multipart"] = multipart
        try:
            upload_url: None | str | Unset
            if isinstance(self.upload_url, Unset):
                upload_url = UNSET
            else:
                upload_url = self.upload_url
        except _parsing.PARSE_ERRORS:
            upload_url = self.upload_url
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, DriveUploadHeaders):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except _parsing.PARSE_ERRORS:
            headers = self.headers
        if headers is not UNSET:
            field_dict["headers"] = headers
        try:
            upload_id: None | str | Unset
            if isinstance(self.upload_id, Unset):
                upload_id = UNSET
            else:
                upload_id = self.upload_id
        except _parsing.PARSE_ERRORS:
            upload_id = self.upload_id
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        try:
            part_size_bytes: int | None | Unset
            if isinstance(self.part_size_bytes, Unset):
                part_size_bytes = UNSET
            else:
                part_size_bytes = self.part_size_bytes
        except _parsing.PARSE_ERRORS:
            part_size_bytes = self.part_size_bytes
        if part_size_bytes is not UNSET:
            field_dict["part_size_bytes"] = part_size_bytes
        try:
            parts: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.parts, Unset):
                parts = []
                for parts_item_data in self.parts:
                    parts_item = parts_item_data.to_dict()
                    parts.append(parts_item)

        except _parsing.PARSE_ERRORS:
            parts = self.parts
        if parts is not UNSET:
            field_dict["parts"] = parts
        try:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            else:
                expires_at = self.expires_at
        except _parsing.PARSE_ERRORS:
            expires_at = self.expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("file_id", UNSET)
        if _raw is UNSET:
            file_id = _parsing.missing_field(cls, "file_id", "int")
        else:
            file_id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                file_id = _parsing.field_mismatch(cls, "file_id", "int", _raw)

        _raw = d.pop("multipart", UNSET)
        if _raw is UNSET:
            multipart = _parsing.missing_field(cls, "multipart", "bool")
        else:
            multipart = _raw
            if not isinstance(_raw, bool):
                multipart = _parsing.field_mismatch(cls, "multipart", "bool", _raw)

        _raw = d.pop("upload_url", UNSET)
        upload_url = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            upload_url = _parsing.field_mismatch(cls, "upload_url", "None | str", _raw)

        _raw = d.pop("headers", UNSET)
        try:

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

            headers = _parse_headers(_raw)

        except _parsing.PARSE_ERRORS as exc:
            headers = _parsing.field_mismatch(
                cls, "headers", "DriveUploadHeaders | None", _raw, exc
            )
        if headers is _raw and _raw is not UNSET and not isinstance(_raw, (_NoneType,)):
            headers = _parsing.field_mismatch(
                cls, "headers", "DriveUploadHeaders | None", _raw
            )

        _raw = d.pop("upload_id", UNSET)
        upload_id = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            upload_id = _parsing.field_mismatch(cls, "upload_id", "None | str", _raw)

        _raw = d.pop("part_size_bytes", UNSET)
        part_size_bytes = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            part_size_bytes = _parsing.field_mismatch(
                cls, "part_size_bytes", "int | None", _raw
            )

        _raw = d.pop("parts", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            parts = _parsing.field_mismatch(
                cls, "parts", "list[DriveUploadPartUrl]", _raw
            )
        else:
            try:
                _parts = _raw
                parts: list[DriveUploadPartUrl] | Unset = UNSET
                if _parts is not UNSET:
                    parts = []
                    for parts_item_data in _parts:
                        parts_item = DriveUploadPartUrl.from_dict(parts_item_data)

                        parts.append(parts_item)

            except _parsing.PARSE_ERRORS as exc:
                parts = _parsing.field_mismatch(
                    cls, "parts", "list[DriveUploadPartUrl]", _raw, exc
                )

        _raw = d.pop("expires_at", UNSET)
        expires_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            expires_at = _parsing.field_mismatch(cls, "expires_at", "None | str", _raw)

        instance = cls(
            file_id=file_id,
            multipart=multipart,
            upload_url=upload_url,
            headers=headers,
            upload_id=upload_id,
            part_size_bytes=part_size_bytes,
            parts=parts,
            expires_at=expires_at,
        )
        instance.additional_properties = d
        instance._raw_json = src_dict
        return instance

    @property
    def additional_keys(self) -> list[str]:
        """Names of the fields the contract does not name."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.drive_upload_headers import DriveUploadHeaders  # noqa: E402
from ..models.drive_upload_part_url import DriveUploadPartUrl  # noqa: E402
