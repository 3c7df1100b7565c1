from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageBody")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageBody:
    """Message body: at least one of `text` and `html` must be non-null.

    Attributes:
        text (None | str | Unset): Plain-text body (at most 204,800 characters). With text only,
            an HTML alternative is generated.
        html (None | str | Unset): HTML body (at most 512,000 characters).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    text: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            text: None | str | Unset
            if isinstance(self.text, Unset):
                text = UNSET
            else:
                text = self.text
        except _parsing.PARSE_ERRORS:
            text = self.text
        if text is not UNSET:
            field_dict["text"] = text
        try:
            html: None | str | Unset
            if isinstance(self.html, Unset):
                html = UNSET
            else:
                html = self.html
        except _parsing.PARSE_ERRORS:
            html = self.html
        if html is not UNSET:
            field_dict["html"] = html
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
        _raw = d.pop("text", UNSET)
        text = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            text = _parsing.field_mismatch(cls, "text", "None | str", _raw)

        _raw = d.pop("html", UNSET)
        html = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            html = _parsing.field_mismatch(cls, "html", "None | str", _raw)

        instance = cls(
            text=text,
            html=html,
        )
        instance._raw_json = src_dict
        return instance
