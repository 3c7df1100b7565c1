from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="Alias")


@_attrs_define
class Alias:
    """A mailbox alias.

    Attributes:
        id (int): Alias id.
        email (None | str | Unset): Full alias address.
        local_part (None | str | Unset): Local part of the alias.
        domain_id (int | None | Unset): Domain of the alias (any active account domain).
        mailbox_id (int | None | Unset): Mailbox the alias delivers to.
        can_receive (bool | None | Unset): Mail to the alias is delivered.
        can_send (bool | None | Unset): The mailbox may send as the alias.
        is_active (bool | None | Unset): The alias is active.
        created_at (datetime.datetime | None | Unset): When the alias was created.
    """

    id: int
    email: None | str | Unset = UNSET
    local_part: None | str | Unset = UNSET
    domain_id: int | None | Unset = UNSET
    mailbox_id: int | None | Unset = UNSET
    can_receive: bool | None | Unset = UNSET
    can_send: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        local_part: None | str | Unset
        if isinstance(self.local_part, Unset):
            local_part = UNSET
        else:
            local_part = self.local_part

        domain_id: int | None | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        mailbox_id: int | None | Unset
        if isinstance(self.mailbox_id, Unset):
            mailbox_id = UNSET
        else:
            mailbox_id = self.mailbox_id

        can_receive: bool | None | Unset
        if isinstance(self.can_receive, Unset):
            can_receive = UNSET
        else:
            can_receive = self.can_receive

        can_send: bool | None | Unset
        if isinstance(self.can_send, Unset):
            can_send = UNSET
        else:
            can_send = self.can_send

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if local_part is not UNSET:
            field_dict["local_part"] = local_part
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if mailbox_id is not UNSET:
            field_dict["mailbox_id"] = mailbox_id
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_local_part(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_part = _parse_local_part(d.pop("local_part", UNSET))

        def _parse_domain_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        domain_id = _parse_domain_id(d.pop("domain_id", UNSET))

        def _parse_mailbox_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mailbox_id = _parse_mailbox_id(d.pop("mailbox_id", UNSET))

        def _parse_can_receive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_receive = _parse_can_receive(d.pop("can_receive", UNSET))

        def _parse_can_send(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_send = _parse_can_send(d.pop("can_send", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        alias = cls(
            id=id,
            email=email,
            local_part=local_part,
            domain_id=domain_id,
            mailbox_id=mailbox_id,
            can_receive=can_receive,
            can_send=can_send,
            is_active=is_active,
            created_at=created_at,
        )

        alias.additional_properties = d
        return alias

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
