from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailRuleConditionInfo")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailRuleConditionInfo:
    """A rule condition as the API returns it.

    Attributes:
        field (None | str | Unset): Known values: `from`, `to`, `subject`, `body`, `header`,
            `size`.
        operator (None | str | Unset): Known values: `is`, `contains`, `matches`, `over`,
            `under`, `exists`.
        value (None | str | Unset): Value compared.
        header_name (None | str | Unset): Header name (field `header`).
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    field: None | str | Unset = UNSET
    operator: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    header_name: None | str | Unset = UNSET
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
            field: None | str | Unset
            if isinstance(self.field, Unset):
                field = UNSET
            else:
                field = self.field
        except _parsing.PARSE_ERRORS:
            field = self.field
        if field is not UNSET:
            field_dict["field"] = field
        try:
            operator: None | str | Unset
            if isinstance(self.operator, Unset):
                operator = UNSET
            else:
                operator = self.operator
        except _parsing.PARSE_ERRORS:
            operator = self.operator
        if operator is not UNSET:
            field_dict["operator"] = operator
        try:
            value: None | str | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value
        except _parsing.PARSE_ERRORS:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        try:
            header_name: None | str | Unset
            if isinstance(self.header_name, Unset):
                header_name = UNSET
            else:
                header_name = self.header_name
        except _parsing.PARSE_ERRORS:
            header_name = self.header_name
        if header_name is not UNSET:
            field_dict["header_name"] = header_name
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
        _raw = d.pop("field", UNSET)
        field = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            field = _parsing.field_mismatch(cls, "field", "None | str", _raw)

        _raw = d.pop("operator", UNSET)
        operator = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            operator = _parsing.field_mismatch(cls, "operator", "None | str", _raw)

        _raw = d.pop("value", UNSET)
        value = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            value = _parsing.field_mismatch(cls, "value", "None | str", _raw)

        _raw = d.pop("header_name", UNSET)
        header_name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            header_name = _parsing.field_mismatch(
                cls, "header_name", "None | str", _raw
            )

        instance = cls(
            field=field,
            operator=operator,
            value=value,
            header_name=header_name,
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
