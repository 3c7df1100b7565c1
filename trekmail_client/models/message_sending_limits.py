from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MessageSendingLimits")


@_attrs_define
class MessageSendingLimits:
    """The mailbox's sending allowance. Recipients are counted across To, Cc and Bcc. The response also gives the maximum
    recipients per message, the renewal time and the REST API's own caps for this token; their key names are not given
    by the facts, so they are kept as additional properties.

        Attributes:
            remaining_today (int | None | Unset): Recipients left today; null while the lowest allowance is the account-wide
                total and some is left.
            limit_today (int | None | Unset): Today's recipient allowance; null in the same case.
    """

    remaining_today: int | None | Unset = UNSET
    limit_today: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_today: int | None | Unset
        if isinstance(self.remaining_today, Unset):
            remaining_today = UNSET
        else:
            remaining_today = self.remaining_today

        limit_today: int | None | Unset
        if isinstance(self.limit_today, Unset):
            limit_today = UNSET
        else:
            limit_today = self.limit_today

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_today is not UNSET:
            field_dict["remaining_today"] = remaining_today
        if limit_today is not UNSET:
            field_dict["limit_today"] = limit_today

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_remaining_today(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_today = _parse_remaining_today(d.pop("remaining_today", UNSET))

        def _parse_limit_today(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit_today = _parse_limit_today(d.pop("limit_today", UNSET))

        message_sending_limits = cls(
            remaining_today=remaining_today,
            limit_today=limit_today,
        )

        message_sending_limits.additional_properties = d
        return message_sending_limits

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
