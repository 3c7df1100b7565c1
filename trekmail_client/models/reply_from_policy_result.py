from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ReplyFromPolicyResult")


@_attrs_define
class ReplyFromPolicyResult:
    """The policy now in force.

    Attributes:
        reply_from_policy (str | Unset): Known values: `recipient`, `default`.
    """

    reply_from_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reply_from_policy = self.reply_from_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reply_from_policy is not UNSET:
            field_dict["reply_from_policy"] = reply_from_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reply_from_policy = d.pop("reply_from_policy", UNSET)

        reply_from_policy_result = cls(
            reply_from_policy=reply_from_policy,
        )

        reply_from_policy_result.additional_properties = d
        return reply_from_policy_result

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
