from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="OutgoingAttachment")


@_attrs_define
class OutgoingAttachment:
    """An attachment to send.

    Attributes:
        filename (str): File name.
        content_base64 (str): File content, base64 (at most 5 MB each, 10 MB in total).
        content_type (str | Unset): Media type.
    """

    filename: str
    content_base64: str
    content_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_base64 = self.content_base64

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "content_base64": content_base64,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        content_base64 = d.pop("content_base64")

        content_type = d.pop("content_type", UNSET)

        outgoing_attachment = cls(
            filename=filename,
            content_base64=content_base64,
            content_type=content_type,
        )

        return outgoing_attachment
