from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainAliasStatus")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class DomainAliasStatus:
    """Domain alias (receive-only matching addresses) state, returned at the top level (no `data`
    envelope). GET gives `configured`, `status` and `delivering`; PUT gives `configured: true` and
    `delivering`; DELETE gives `configured: false` and `status: not_configured`.

    Attributes:
        configured (bool): Whether the domain is an alias of a primary domain.
        status (str | Unset): Alias state. Known values: `not_configured`, `delivering`. Other
            values may exist.
        delivering (bool | Unset): Whether mail to the alias domain is being delivered.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    configured: bool
    status: str | Unset = UNSET
    delivering: bool | Unset = UNSET
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
        configured = self.configured
        if configured is not UNSET:
            field_dict["configured"] = configured
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        delivering = self.delivering
        if delivering is not UNSET:
            field_dict["delivering"] = delivering
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
        _raw = d.pop("configured", UNSET)
        if _raw is UNSET:
            configured = _parsing.missing_field(cls, "configured", "bool")
        else:
            configured = _raw
            if not isinstance(_raw, bool):
                configured = _parsing.field_mismatch(cls, "configured", "bool", _raw)

        _raw = d.pop("status", UNSET)
        status = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            status = _parsing.field_mismatch(cls, "status", "str", _raw)

        _raw = d.pop("delivering", UNSET)
        delivering = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            delivering = _parsing.field_mismatch(cls, "delivering", "bool", _raw)

        instance = cls(
            configured=configured,
            status=status,
            delivering=delivering,
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
