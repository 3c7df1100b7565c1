from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.mail_rule_action_info import MailRuleActionInfo
    from ..models.mail_rule_condition_info import MailRuleConditionInfo


T = TypeVar("T", bound="MailRule")


@_attrs_define
class MailRule:
    """A mail rule. The keys mirror the request fields; the facts do not show a response, so every key but `id` is optional
    and extra keys are kept.

        Attributes:
            id (int): Rule id.
            name (None | str | Unset): Rule name.
            match_type (None | str | Unset): Known values: `all`, `any`.
            conditions (list[MailRuleConditionInfo] | Unset): Conditions.
            actions (list[MailRuleActionInfo] | Unset): Actions.
            stop (bool | None | Unset): Stop processing further rules.
            enabled (bool | None | Unset): Rule is active.
    """

    id: int
    name: None | str | Unset = UNSET
    match_type: None | str | Unset = UNSET
    conditions: list[MailRuleConditionInfo] | Unset = UNSET
    actions: list[MailRuleActionInfo] | Unset = UNSET
    stop: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        match_type: None | str | Unset
        if isinstance(self.match_type, Unset):
            match_type = UNSET
        else:
            match_type = self.match_type

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        stop: bool | None | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        else:
            stop = self.stop

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if actions is not UNSET:
            field_dict["actions"] = actions
        if stop is not UNSET:
            field_dict["stop"] = stop
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mail_rule_action_info import MailRuleActionInfo  # noqa: PLC0415
        from ..models.mail_rule_condition_info import MailRuleConditionInfo  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_match_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        match_type = _parse_match_type(d.pop("match_type", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: list[MailRuleConditionInfo] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = MailRuleConditionInfo.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        _actions = d.pop("actions", UNSET)
        actions: list[MailRuleActionInfo] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = MailRuleActionInfo.from_dict(actions_item_data)

                actions.append(actions_item)

        def _parse_stop(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        mail_rule = cls(
            id=id,
            name=name,
            match_type=match_type,
            conditions=conditions,
            actions=actions,
            stop=stop,
            enabled=enabled,
        )

        mail_rule.additional_properties = d
        return mail_rule

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
