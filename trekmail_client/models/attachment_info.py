from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AttachmentInfo")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AttachmentInfo:
    """Attachment metadata.

    Attributes:
        index (int | None | Unset): Zero-based index (use it with download_attachment).
        filename (None | str | Unset): File name.
        content_type (None | str | Unset): Media type.
        size (int | None | Unset): Size in bytes.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    index: int | None | Unset = UNSET
    filename: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
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
        try:
            index: int | None | Unset
            if isinstance(self.index, Unset):
                index = UNSET
            else:
                index = self.index
        except _parsing.PARSE_ERRORS:
            index = self.index
        if index is not UNSET:
            field_dict["index"] = index
        try:
            filename: None | str | Unset
            if isinstance(self.filename, Unset):
                filename = UNSET
            else:
                filename = self.filename
        except _parsing.PARSE_ERRORS:
            filename = self.filename
        if filename is not UNSET:
            field_dict["filename"] = filename
        try:
            content_type: None | str | Unset
            if isinstance(self.content_type, Unset):
                content_type = UNSET
            else:
                content_type = self.content_type
        except _parsing.PARSE_ERRORS:
            content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        try:
            size: int | None | Unset
            if isinstance(self.size, Unset):
                size = UNSET
            else:
                size = self.size
        except _parsing.PARSE_ERRORS:
            size = self.size
        if size is not UNSET:
            field_dict["size"] = size
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
        _raw = d.pop("index", UNSET)
        index = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            index = _parsing.field_mismatch(cls, "index", "int | None", _raw)

        _raw = d.pop("filename", UNSET)
        filename = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            filename = _parsing.field_mismatch(cls, "filename", "None | str", _raw)

        _raw = d.pop("content_type", UNSET)
        content_type = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            content_type = _parsing.field_mismatch(
                cls, "content_type", "None | str", _raw
            )

        _raw = d.pop("size", UNSET)
        size = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, _NoneType)) or isinstance(_raw, bool)
        ):
            size = _parsing.field_mismatch(cls, "size", "int | None", _raw)

        instance = cls(
            index=index,
            filename=filename,
            content_type=content_type,
            size=size,
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
