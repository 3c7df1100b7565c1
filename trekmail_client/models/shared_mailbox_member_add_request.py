from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="SharedMailboxMemberAddRequest")


@_attrs_define
class SharedMailboxMemberAddRequest:
    """Add a member.

    Attributes:
        member_mailbox_id (int): The mailbox to add as a member.
        can_send (bool | Unset): May reply as the shared address. Default: True.
    """

    member_mailbox_id: int
    can_send: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        member_mailbox_id = self.member_mailbox_id

        can_send = self.can_send

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_mailbox_id": member_mailbox_id,
            }
        )
        if can_send is not UNSET:
            field_dict["can_send"] = can_send

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_mailbox_id = d.pop("member_mailbox_id")

        can_send = d.pop("can_send", UNSET)

        shared_mailbox_member_add_request = cls(
            member_mailbox_id=member_mailbox_id,
            can_send=can_send,
        )

        return shared_mailbox_member_add_request
