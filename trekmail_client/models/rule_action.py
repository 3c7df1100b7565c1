from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.rule_action_type import check_rule_action_type
from ..models.rule_action_type import RuleActionType


T = TypeVar("T", bound="RuleAction")


@_attrs_define
class RuleAction:
    """A rule action.

    Attributes:
        type_ (RuleActionType): Action.
        value (str | Unset): Action argument (folder, address, flag, message).
    """

    type_: RuleActionType
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_rule_action_type(d.pop("type"))

        value = d.pop("value", UNSET)

        rule_action = cls(
            type_=type_,
            value=value,
        )

        return rule_action
