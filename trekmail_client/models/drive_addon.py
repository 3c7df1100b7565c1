from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DriveAddon")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DriveAddon:
    """Drive Storage Add-on status. The facts describe active, in grace, size in GB, period end and
    hard-delete date; the names below are read from that description (UNSURE), the dates stay
    additional properties.

    Attributes:
        active (bool | None | Unset): True while the add-on is active.
        in_grace (bool | None | Unset): True during the grace period after cancellation.
        size_gb (float | None | Unset): Add-on size in GB.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    active: bool | None | Unset = UNSET
    in_grace: bool | None | Unset = UNSET
    size_gb: float | None | Unset = UNSET
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
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active
        except _parsing.PARSE_ERRORS:
            active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        try:
            in_grace: bool | None | Unset
            if isinstance(self.in_grace, Unset):
                in_grace = UNSET
            else:
                in_grace = self.in_grace
        except _parsing.PARSE_ERRORS:
            in_grace = self.in_grace
        if in_grace is not UNSET:
            field_dict["in_grace"] = in_grace
        try:
            size_gb: float | None | Unset
            if isinstance(self.size_gb, Unset):
                size_gb = UNSET
            else:
                size_gb = self.size_gb
        except _parsing.PARSE_ERRORS:
            size_gb = self.size_gb
        if size_gb is not UNSET:
            field_dict["size_gb"] = size_gb
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
        _raw = d.pop("active", UNSET)
        active = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            active = _parsing.field_mismatch(cls, "active", "bool | None", _raw)

        _raw = d.pop("in_grace", UNSET)
        in_grace = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            in_grace = _parsing.field_mismatch(cls, "in_grace", "bool | None", _raw)

        _raw = d.pop("size_gb", UNSET)
        size_gb = _raw
        if _raw is not UNSET and (
            not isinstance(_raw, (int, float, _NoneType)) or isinstance(_raw, bool)
        ):
            size_gb = _parsing.field_mismatch(cls, "size_gb", "float | None", _raw)

        instance = cls(
            active=active,
            in_grace=in_grace,
            size_gb=size_gb,
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
