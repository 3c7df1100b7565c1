from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.rule_condition_field import check_rule_condition_field
from ..models.rule_condition_field import RuleConditionField
from ..models.rule_condition_operator import check_rule_condition_operator
from ..models.rule_condition_operator import RuleConditionOperator


T = TypeVar("T", bound="RuleCondition")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class RuleCondition:
    """A rule condition.

    Attributes:
        field (RuleConditionField): What to match.
        operator (RuleConditionOperator): How to match.
        value (str | Unset): Value to compare.
        header_name (str | Unset): Header name (field `header`).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    field: RuleConditionField
    operator: RuleConditionOperator
    value: str | Unset = UNSET
    header_name: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            field: str = self.field
        except _parsing.PARSE_ERRORS:
            field = self.field
        if field is not UNSET:
            field_dict["field"] = field
        try:
            operator: str = self.operator
        except _parsing.PARSE_ERRORS:
            operator = self.operator
        if operator is not UNSET:
            field_dict["operator"] = operator
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value
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
        if _raw is UNSET:
            field = _parsing.missing_field(cls, "field", "RuleConditionField")
        else:
            try:
                field = check_rule_condition_field(_raw)

            except _parsing.PARSE_ERRORS as exc:
                field = _parsing.field_mismatch(
                    cls, "field", "RuleConditionField", _raw, exc
                )

        _raw = d.pop("operator", UNSET)
        if _raw is UNSET:
            operator = _parsing.missing_field(cls, "operator", "RuleConditionOperator")
        else:
            try:
                operator = check_rule_condition_operator(_raw)

            except _parsing.PARSE_ERRORS as exc:
                operator = _parsing.field_mismatch(
                    cls, "operator", "RuleConditionOperator", _raw, exc
                )

        _raw = d.pop("value", UNSET)
        value = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            value = _parsing.field_mismatch(cls, "value", "str", _raw)

        _raw = d.pop("header_name", UNSET)
        header_name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            header_name = _parsing.field_mismatch(cls, "header_name", "str", _raw)

        instance = cls(
            field=field,
            operator=operator,
            value=value,
            header_name=header_name,
        )
        instance._raw_json = src_dict
        return instance
