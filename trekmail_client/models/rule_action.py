from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset

from ..models.rule_action_type import check_rule_action_type
from ..models.rule_action_type import RuleActionType


T = TypeVar("T", bound="RuleAction")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


@_attrs_define
class RuleAction:
    """A rule action.

    Attributes:
        type_ (RuleActionType): Action.
        value (str | Unset): Action argument (folder, address, flag, message).

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
    """

    type_: RuleActionType
    value: str | Unset = UNSET
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        try:
            type_: str = self.type_
        except _parsing.PARSE_ERRORS:
            type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value
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
        _raw = d.pop("type", UNSET)
        if _raw is UNSET:
            type_ = _parsing.missing_field(cls, "type", "RuleActionType")
        else:
            try:
                type_ = check_rule_action_type(_raw)

            except _parsing.PARSE_ERRORS as exc:
                type_ = _parsing.field_mismatch(
                    cls, "type", "RuleActionType", _raw, exc
                )

        _raw = d.pop("value", UNSET)
        value = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            value = _parsing.field_mismatch(cls, "value", "str", _raw)

        instance = cls(
            type_=type_,
            value=value,
        )
        instance._raw_json = src_dict
        return instance
