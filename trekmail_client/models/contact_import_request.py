from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.contact_import_request_format import check_contact_import_request_format
from ..models.contact_import_request_format import ContactImportRequestFormat


T = TypeVar("T", bound="ContactImportRequest")


@_attrs_define
class ContactImportRequest:
    """A CSV or vCard file.

    Attributes:
        content_base64 (str): The file, base64 (at most 2 MB).
        format_ (ContactImportRequestFormat): File format.
    """

    content_base64: str
    format_: ContactImportRequestFormat

    def to_dict(self) -> dict[str, Any]:
        content_base64 = self.content_base64

        format_: str = self.format_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content_base64": content_base64,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_base64 = d.pop("content_base64")

        format_ = check_contact_import_request_format(d.pop("format"))

        contact_import_request = cls(
            content_base64=content_base64,
            format_=format_,
        )

        return contact_import_request
