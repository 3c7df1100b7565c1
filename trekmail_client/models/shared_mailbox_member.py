from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="SharedMailboxMember")


@_attrs_define
class SharedMailboxMember:
    """A member of a shared mailbox.

    Attributes:
        member_mailbox_id (int): The member's own mailbox id.
        id (int | Unset): Membership row id (use it as `{member}`).
        email (None | str | Unset): The member's address.
        can_read (bool | None | Unset): Always true: every member can read.
        can_send (bool | None | Unset): The member may reply as the shared address.
        custom_label (None | str | Unset): Label the member sees for the shared mailbox.
    """

    member_mailbox_id: int
    id: int | Unset = UNSET
    email: None | str | Unset = UNSET
    can_read: bool | None | Unset = UNSET
    can_send: bool | None | Unset = UNSET
    custom_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member_mailbox_id = self.member_mailbox_id

        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        can_read: bool | None | Unset
        if isinstance(self.can_read, Unset):
            can_read = UNSET
        else:
            can_read = self.can_read

        can_send: bool | None | Unset
        if isinstance(self.can_send, Unset):
            can_send = UNSET
        else:
            can_send = self.can_send

        custom_label: None | str | Unset
        if isinstance(self.custom_label, Unset):
            custom_label = UNSET
        else:
            custom_label = self.custom_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member_mailbox_id": member_mailbox_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if can_read is not UNSET:
            field_dict["can_read"] = can_read
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        if custom_label is not UNSET:
            field_dict["custom_label"] = custom_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_mailbox_id = d.pop("member_mailbox_id")

        id = d.pop("id", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_can_read(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_read = _parse_can_read(d.pop("can_read", UNSET))

        def _parse_can_send(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_send = _parse_can_send(d.pop("can_send", UNSET))

        def _parse_custom_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_label = _parse_custom_label(d.pop("custom_label", UNSET))

        shared_mailbox_member = cls(
            member_mailbox_id=member_mailbox_id,
            id=id,
            email=email,
            can_read=can_read,
            can_send=can_send,
            custom_label=custom_label,
        )

        shared_mailbox_member.additional_properties = d
        return shared_mailbox_member

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
