from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageCursorPagination")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MessageCursorPagination:
    """Cursor of a message-side list (scheduled messages, calendar events).

    Attributes:
        has_more (bool | Unset): More items exist after this page.
        next_cursor (None | str | Unset): Pass as `cursor` to get the next page; null on the
            last page.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    has_more: bool | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
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
        has_more = self.has_more
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        try:
            next_cursor: None | str | Unset
            if isinstance(self.next_cursor, Unset):
                next_cursor = UNSET
            else:
                next_cursor = self.next_cursor
        except _parsing.PARSE_ERRORS:
            next_cursor = self.next_cursor
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
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
        _raw = d.pop("has_more", UNSET)
        has_more = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            has_more = _parsing.field_mismatch(cls, "has_more", "bool", _raw)

        _raw = d.pop("next_cursor", UNSET)
        next_cursor = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            next_cursor = _parsing.field_mismatch(
                cls, "next_cursor", "None | str", _raw
            )

        instance = cls(
            has_more=has_more,
            next_cursor=next_cursor,
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
