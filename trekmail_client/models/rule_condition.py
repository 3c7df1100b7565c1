from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.rule_condition_field import check_rule_condition_field
from ..models.rule_condition_field import RuleConditionField
from ..models.rule_condition_operator import check_rule_condition_operator
from ..models.rule_condition_operator import RuleConditionOperator


T = TypeVar("T", bound="RuleCondition")


@_attrs_define
class RuleCondition:
    """A rule condition.

    Attributes:
        field (RuleConditionField): What to match.
        operator (RuleConditionOperator): How to match.
        value (str | Unset): Value to compare.
        header_name (str | Unset): Header name (field `header`).
    """

    field: RuleConditionField
    operator: RuleConditionOperator
    value: str | Unset = UNSET
    header_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field: str = self.field

        operator: str = self.operator

        value = self.value

        header_name = self.header_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if header_name is not UNSET:
            field_dict["header_name"] = header_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = check_rule_condition_field(d.pop("field"))

        operator = check_rule_condition_operator(d.pop("operator"))

        value = d.pop("value", UNSET)

        header_name = d.pop("header_name", UNSET)

        rule_condition = cls(
            field=field,
            operator=operator,
            value=value,
            header_name=header_name,
        )

        return rule_condition
