from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="OutgoingAttachment")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class OutgoingAttachment:
    """An attachment to send.

    Attributes:
        filename (str): File name.
        content_base64 (str): File content, base64 (at most 5 MB each, 10 MB in total).
        content_type (str | Unset): Media type.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    filename: str
    content_base64: str
    content_type: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        filename = self.filename
        if filename is not UNSET:
            field_dict["filename"] = filename
        content_base64 = self.content_base64
        if content_base64 is not UNSET:
            field_dict["content_base64"] = content_base64
        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
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
        _raw = d.pop("filename", UNSET)
        if _raw is UNSET:
            filename = _parsing.missing_field(cls, "filename", "str")
        else:
            filename = _raw
            if not isinstance(_raw, str):
                filename = _parsing.field_mismatch(cls, "filename", "str", _raw)

        _raw = d.pop("content_base64", UNSET)
        if _raw is UNSET:
            content_base64 = _parsing.missing_field(cls, "content_base64", "str")
        else:
            content_base64 = _raw
            if not isinstance(_raw, str):
                content_base64 = _parsing.field_mismatch(
                    cls, "content_base64", "str", _raw
                )

        _raw = d.pop("content_type", UNSET)
        content_type = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            content_type = _parsing.field_mismatch(cls, "content_type", "str", _raw)

        instance = cls(
            filename=filename,
            content_base64=content_base64,
            content_type=content_type,
        )
        instance._raw_json = src_dict
        return instance
