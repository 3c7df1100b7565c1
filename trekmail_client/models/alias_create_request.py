from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="AliasCreateRequest")


@_attrs_define
class AliasCreateRequest:
    """Create an alias (Starter plan and up).

    Attributes:
        local_part (str): Alias local part: like a mailbox local part, but a leading `-` is allowed. At most 64
            characters. Example: sales-team.
        domain_id (int): Domain of the alias: any active domain of the account (cross-domain works).
        mailbox_id (int | Unset): Mailbox the alias belongs to. Not in the facts for this top-level route (the official
            client nests aliases under the mailbox path); see docs/spec-notes.md.
        can_receive (bool | Unset): Deliver mail sent to the alias. Default: True.
        can_send (bool | Unset): Allow sending as the alias. Default: False.
    """

    local_part: str
    domain_id: int
    mailbox_id: int | Unset = UNSET
    can_receive: bool | Unset = True
    can_send: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        local_part = self.local_part

        domain_id = self.domain_id

        mailbox_id = self.mailbox_id

        can_receive = self.can_receive

        can_send = self.can_send

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "local_part": local_part,
                "domain_id": domain_id,
            }
        )
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
        if can_send is not UNSET:
            field_dict["can_send"] = can_send

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        local_part = d.pop("local_part")

        domain_id = d.pop("domain_id")

        mailbox_id = d.pop("mailbox_id", UNSET)

        can_receive = d.pop("can_receive", UNSET)

        can_send = d.pop("can_send", UNSET)

        alias_create_request = cls(
            local_part=local_part,
            domain_id=domain_id,
            mailbox_id=mailbox_id,
            can_receive=can_receive,
            can_send=can_send,
        )

        return alias_create_request
