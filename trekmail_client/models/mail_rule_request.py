from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.mail_rule_request_match_type import check_mail_rule_request_match_type
from ..models.mail_rule_request_match_type import MailRuleRequestMatchType


T = TypeVar("T", bound="MailRuleRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class MailRuleRequest:
    """A mail rule (create or full replace).

    Attributes:
        conditions (list[RuleCondition]): Conditions (1-10).
        actions (list[RuleAction]): Actions (1-5).
        name (str | Unset): Rule name.
        match_type (MailRuleRequestMatchType | Unset): Match all or any condition. Default:
            'all'.
        stop (bool | Unset): Stop processing further rules. Default: False.
        enabled (bool | Unset): Rule is active. Default: True.

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    conditions: list[RuleCondition]
    actions: list[RuleAction]
    name: str | Unset = UNSET
    match_type: MailRuleRequestMatchType | Unset = "all"
    stop: bool | Unset = False
    enabled: bool | Unset = True
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        except _parsing.PARSE_ERRORS:
            conditions = self.conditions
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        try:
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        except _parsing.PARSE_ERRORS:
            actions = self.actions
        if actions is not UNSET:
            field_dict["actions"] = actions
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        try:
            match_type: str | Unset = UNSET
            if not isinstance(self.match_type, Unset):
                match_type = self.match_type

        except _parsing.PARSE_ERRORS:
            match_type = self.match_type
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        stop = self.stop
        if stop is not UNSET:
            field_dict["stop"] = stop
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
        _raw = d.pop("conditions", UNSET)
        if _raw is UNSET:
            conditions = _parsing.missing_field(
                cls, "conditions", "list[RuleCondition]"
            )
        else:
            if not isinstance(_raw, list):
                conditions = _parsing.field_mismatch(
                    cls, "conditions", "list[RuleCondition]", _raw
                )
            else:
                try:
                    conditions = []
                    _conditions = _raw
                    for conditions_item_data in _conditions:
                        conditions_item = RuleCondition.from_dict(conditions_item_data)

                        conditions.append(conditions_item)

                except _parsing.PARSE_ERRORS as exc:
                    conditions = _parsing.field_mismatch(
                        cls, "conditions", "list[RuleCondition]", _raw, exc
                    )

        _raw = d.pop("actions", UNSET)
        if _raw is UNSET:
            actions = _parsing.missing_field(cls, "actions", "list[RuleAction]")
        else:
            if not isinstance(_raw, list):
                actions = _parsing.field_mismatch(
                    cls, "actions", "list[RuleAction]", _raw
                )
            else:
                try:
                    actions = []
                    _actions = _raw
                    for actions_item_data in _actions:
                        actions_item = RuleAction.from_dict(actions_item_data)

                        actions.append(actions_item)

                except _parsing.PARSE_ERRORS as exc:
                    actions = _parsing.field_mismatch(
                        cls, "actions", "list[RuleAction]", _raw, exc
                    )

        _raw = d.pop("name", UNSET)
        name = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            name = _parsing.field_mismatch(cls, "name", "str", _raw)

        _raw = d.pop("match_type", UNSET)
        try:
            _match_type = _raw
            match_type: MailRuleRequestMatchType | Unset
            if isinstance(_match_type, Unset):
                match_type = UNSET
            else:
                match_type = check_mail_rule_request_match_type(_match_type)

        except _parsing.PARSE_ERRORS as exc:
            match_type = _parsing.field_mismatch(
                cls, "match_type", "MailRuleRequestMatchType", _raw, exc
            )

        _raw = d.pop("stop", UNSET)
        stop = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            stop = _parsing.field_mismatch(cls, "stop", "bool", _raw)

        _raw = d.pop("enabled", UNSET)
        enabled = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            enabled = _parsing.field_mismatch(cls, "enabled", "bool", _raw)

        instance = cls(
            conditions=conditions,
            actions=actions,
            name=name,
            match_type=match_type,
            stop=stop,
            enabled=enabled,
        )
        instance._raw_json = src_dict
        return instance


# The models this one refers to, imported once the class above exists (they may refer back to
# it): a global looked up per read, not an import statement run in every from_dict (about
# 12,000 instructions each; issue 12).
from ..models.rule_action import RuleAction  # noqa: E402
from ..models.rule_condition import RuleCondition  # noqa: E402
