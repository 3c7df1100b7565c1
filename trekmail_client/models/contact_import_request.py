from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET

from ..models.contact_import_request_format import check_contact_import_request_format
from ..models.contact_import_request_format import ContactImportRequestFormat


T = TypeVar("T", bound="ContactImportRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class ContactImportRequest:
    """A CSV or vCard file.

    Attributes:
        content_base64 (str): The file, base64 (at most 2 MB).
        format_ (ContactImportRequestFormat): File format.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    content_base64: str
    format_: ContactImportRequestFormat
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        content_base64 = self.content_base64
        if content_base64 is not UNSET:
            field_dict["content_base64"] = content_base64
        try:
            format_: str = self.format_
        except _parsing.PARSE_ERRORS:
            format_ = self.format_
        if format_ is not UNSET:
            field_dict["format"] = format_
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
        _raw = d.pop("content_base64", UNSET)
        if _raw is UNSET:
            content_base64 = _parsing.missing_field(cls, "content_base64", "str")
        else:
            content_base64 = _raw
            if not isinstance(_raw, str):
                content_base64 = _parsing.field_mismatch(
                    cls, "content_base64", "str", _raw
                )

        _raw = d.pop("format", UNSET)
        if _raw is UNSET:
            format_ = _parsing.missing_field(
                cls, "format", "ContactImportRequestFormat"
            )
        else:
            try:
                format_ = check_contact_import_request_format(_raw)

            except _parsing.PARSE_ERRORS as exc:
                format_ = _parsing.field_mismatch(
                    cls, "format", "ContactImportRequestFormat", _raw, exc
                )

        instance = cls(
            content_base64=content_base64,
            format_=format_,
        )
        instance._raw_json = src_dict
        return instance
