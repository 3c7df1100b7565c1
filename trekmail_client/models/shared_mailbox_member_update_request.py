from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxMemberUpdateRequest")


@_attrs_define
class SharedMailboxMemberUpdateRequest:
    """Toggle a member's reply access.

    Attributes:
        can_send (bool): May reply as the shared address.
        custom_label (str | Unset): Label the member sees (`""` resets it).
    """

    can_send: bool
    custom_label: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        can_send = self.can_send

        custom_label = self.custom_label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "can_send": can_send,
            }
        )
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_send = d.pop("can_send")

        custom_label = d.pop("custom_label", UNSET)

        shared_mailbox_member_update_request = cls(
            can_send=can_send,
            custom_label=custom_label,
        )

        return shared_mailbox_member_update_request
