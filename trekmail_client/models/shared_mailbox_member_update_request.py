from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxMemberUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class SharedMailboxMemberUpdateRequest:
    """Toggle a member's reply access.

    Attributes:
        can_send (bool): May reply as the shared address.
        custom_label (str | Unset): Label the member sees (`""` resets it).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    can_send: bool
    custom_label: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        can_send = self.can_send
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        custom_label = self.custom_label
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label
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
        _raw = d.pop("can_send", UNSET)
        if _raw is UNSET:
            can_send = _parsing.missing_field(cls, "can_send", "bool")
        else:
            can_send = _raw
            if not isinstance(_raw, bool):
                can_send = _parsing.field_mismatch(cls, "can_send", "bool", _raw)

        _raw = d.pop("custom_label", UNSET)
        custom_label = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            custom_label = _parsing.field_mismatch(cls, "custom_label", "str", _raw)

        instance = cls(
            can_send=can_send,
            custom_label=custom_label,
        )
        instance._raw_json = src_dict
        return instance
