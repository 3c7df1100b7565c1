from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="CatchAllUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class CatchAllUpdateRequest:
    """Configure the domain's catch-all.

    Attributes:
        enabled (bool): Turn the catch-all on or off.
        destination (None | str | Unset): Where unmatched mail goes (required when enabled).
            External targets need Pro or Agency.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    enabled: bool
    destination: None | str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        try:
            destination: None | str | Unset
            if isinstance(self.destination, Unset):
                destination = UNSET
            else:
                destination = self.destination
        except _parsing.PARSE_ERRORS:
            destination = self.destination
        if destination is not UNSET:
            field_dict["destination"] = destination
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
        _raw = d.pop("enabled", UNSET)
        if _raw is UNSET:
            enabled = _parsing.missing_field(cls, "enabled", "bool")
        else:
            enabled = _raw
            if not isinstance(_raw, bool):
                enabled = _parsing.field_mismatch(cls, "enabled", "bool", _raw)

        _raw = d.pop("destination", UNSET)
        destination = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            destination = _parsing.field_mismatch(
                cls, "destination", "None | str", _raw
            )

        instance = cls(
            enabled=enabled,
            destination=destination,
        )
        instance._raw_json = src_dict
        return instance
