from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="MailRule")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailRule:
    """A mail rule. The keys mirror the request fields; the facts do not show a response, so every key
    but `id` is optional and extra keys are kept.

    Attributes:
        id (int): Rule id.
        name (None | str | Unset): Rule name.
        match_type (None | str | Unset): Known values: `all`, `any`.
        conditions (list[MailRuleConditionInfo] | Unset): Conditions.
        actions (list[MailRuleActionInfo] | Unset): Actions.
        stop (bool | None | Unset): Stop processing further rules.
        enabled (bool | None | Unset): Rule is active.
        additional_properties: fields the contract does not name, as received.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    id: int
    name: None | str | Unset = UNSET
    match_type: None | str | Unset = UNSET
    conditions: list[MailRuleConditionInfo] | Unset = UNSET
    actions: list[MailRuleActionInfo] | Unset = UNSET
    stop: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
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
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except _parsing.PARSE_ERRORS:
            name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            match_type: None | str | Unset
            if isinstance(self.match_type, Unset):
                match_type = UNSET
            else:
                match_type = self.match_type
        except _parsing.PARSE_ERRORS:
            match_type = self.match_type
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        try:
            conditions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.conditions, Unset):
                conditions = []
                for conditions_item_data in self.conditions:
                    conditions_item = conditions_item_data.to_dict()
                    conditions.append(conditions_item)

        except _parsing.PARSE_ERRORS:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        try:
            actions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.actions, Unset):
                actions = []
                for actions_item_data in self.actions:
                    actions_item = actions_item_data.to_dict()
                    actions.append(actions_item)

        except _parsing.PARSE_ERRORS:
            actions = self.actions
        if actions is not UNSET:
            field_dict["actions"] = actions
        try:
            stop: bool | None | Unset
            if isinstance(self.stop, Unset):
                stop = UNSET
            else:
                stop = self.stop
        except _parsing.PARSE_ERRORS:
            stop = self.stop
        if stop is not UNSET:
            field_dict["stop"] = stop
        try:
            enabled: bool | None | Unset
            if isinstance(self.enabled, Unset):
                enabled = UNSET
            else:
                enabled = self.enabled
        except _parsing.PARSE_ERRORS:
            enabled = self.enabled
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
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
        _raw = d.pop("id", UNSET)
        if _raw is UNSET:
            id = _parsing.missing_field(cls, "id", "int")
        else:
            id = _raw
            if not isinstance(_raw, int) or isinstance(_raw, bool):
                id = _parsing.field_mismatch(cls, "id", "int", _raw)

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            name = _parsing.field_mismatch(cls, "name", "None | str", _raw)

        _raw = d.pop("match_type", UNSET)
        match_type = _raw
        if _raw is not UNSET and (not isinstance(_raw, (str, _NoneType))):
            match_type = _parsing.field_mismatch(cls, "match_type", "None | str", _raw)

        _raw = d.pop("conditions", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            conditions = _parsing.field_mismatch(
                cls, "conditions", "list[MailRuleConditionInfo]", _raw
            )
        else:
            try:
                _conditions = _raw
                conditions: list[MailRuleConditionInfo] | Unset = UNSET
                if _conditions is not UNSET:
                    conditions = []
                    for conditions_item_data in _conditions:
                        conditions_item = MailRuleConditionInfo.from_dict(
                            conditions_item_data
                        )

                        conditions.append(conditions_item)

            except _parsing.PARSE_ERRORS as exc:
                conditions = _parsing.field_mismatch(
                    cls, "conditions", "list[MailRuleConditionInfo]", _raw, exc
                )

        _raw = d.pop("actions", UNSET)
        if _raw is not UNSET and not isinstance(_raw, list):
            actions = _parsing.field_mismatch(
                cls, "actions", "list[MailRuleActionInfo]", _raw
            )
        else:
            try:
                _actions = _raw
                actions: list[MailRuleActionInfo] | Unset = UNSET
                if _actions is not UNSET:
                    actions = []
                    for actions_item_data in _actions:
                        actions_item = MailRuleActionInfo.from_dict(actions_item_data)

                        actions.append(actions_item)

            except _parsing.PARSE_ERRORS as exc:
                actions = _parsing.field_mismatch(
                    cls, "actions", "list[MailRuleActionInfo]", _raw, exc
                )

        _raw = d.pop("stop", UNSET)
        stop = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            stop = _parsing.field_mismatch(cls, "stop", "bool | None", _raw)

        _raw = d.pop("enabled", UNSET)
        enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, (bool, _NoneType))):
            enabled = _parsing.field_mismatch(cls, "enabled", "bool | None", _raw)

        instance = cls(
            id=id,
            name=name,
            match_type=match_type,
            conditions=conditions,
            actions=actions,
            stop=stop,
            enabled=enabled,
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


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.mail_rule_action_info import MailRuleActionInfo  # noqa: E402
from ..models.mail_rule_condition_info import MailRuleConditionInfo  # noqa: E402
