from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="AliasUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class AliasUpdateRequest:
    """Update an alias. The address itself cannot change.

    Attributes:
        can_receive (bool | Unset): Deliver mail sent to the alias.
        can_send (bool | Unset): Allow sending as the alias.
        is_active (bool | Unset): Activate or deactivate the alias.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    can_receive: bool | Unset = UNSET
    can_send: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        can_receive = self.can_receive
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
        can_send = self.can_send
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        is_active = self.is_active
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        _raw = d.pop("can_receive", UNSET)
        can_receive = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            can_receive = _parsing.field_mismatch(cls, "can_receive", "bool", _raw)

        _raw = d.pop("can_send", UNSET)
        can_send = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            can_send = _parsing.field_mismatch(cls, "can_send", "bool", _raw)

        _raw = d.pop("is_active", UNSET)
        is_active = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            is_active = _parsing.field_mismatch(cls, "is_active", "bool", _raw)

        instance = cls(
            can_receive=can_receive,
            can_send=can_send,
            is_active=is_active,
        )
        instance._raw_json = src_dict
        return instance
