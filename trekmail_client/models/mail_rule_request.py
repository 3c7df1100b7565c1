from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.mail_rule_request_match_type import check_mail_rule_request_match_type
from ..models.mail_rule_request_match_type import MailRuleRequestMatchType

if TYPE_CHECKING:
    from ..models.rule_action import RuleAction
    from ..models.rule_condition import RuleCondition


T = TypeVar("T", bound="MailRuleRequest")


@_attrs_define
class MailRuleRequest:
    """A mail rule (create or full replace).

    Attributes:
        conditions (list[RuleCondition]): Conditions (1-10).
        actions (list[RuleAction]): Actions (1-5).
        name (str | Unset): Rule name.
        match_type (MailRuleRequestMatchType | Unset): Match all or any condition. Default: 'all'.
        stop (bool | Unset): Stop processing further rules. Default: False.
        enabled (bool | Unset): Rule is active. Default: True.
    """

    conditions: list[RuleCondition]
    actions: list[RuleAction]
    name: str | Unset = UNSET
    match_type: MailRuleRequestMatchType | Unset = "all"
    stop: bool | Unset = False
    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        name = self.name

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type

        stop = self.stop

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conditions": conditions,
                "actions": actions,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if stop is not UNSET:
            field_dict["stop"] = stop
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_action import RuleAction  # noqa: PLC0415
        from ..models.rule_condition import RuleCondition  # noqa: PLC0415

        d = dict(src_dict)
        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = RuleCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = RuleAction.from_dict(actions_item_data)

            actions.append(actions_item)

        name = d.pop("name", UNSET)

        _match_type = d.pop("match_type", UNSET)
        match_type: MailRuleRequestMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = check_mail_rule_request_match_type(_match_type)

        stop = d.pop("stop", UNSET)

        enabled = d.pop("enabled", UNSET)

        mail_rule_request = cls(
            conditions=conditions,
            actions=actions,
            name=name,
            match_type=match_type,
            stop=stop,
            enabled=enabled,
        )

        return mail_rule_request
