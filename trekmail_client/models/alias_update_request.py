from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="AliasUpdateRequest")


@_attrs_define
class AliasUpdateRequest:
    """Update an alias. The address itself cannot change.

    Attributes:
        can_receive (bool | Unset): Deliver mail sent to the alias.
        can_send (bool | Unset): Allow sending as the alias.
        is_active (bool | Unset): Activate or deactivate the alias.
    """

    can_receive: bool | Unset = UNSET
    can_send: bool | Unset = UNSET
    is_active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        can_receive = self.can_receive

        can_send = self.can_send

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if can_receive is not UNSET:
            field_dict["can_receive"] = can_receive
        if can_send is not UNSET:
            field_dict["can_send"] = can_send
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_receive = d.pop("can_receive", UNSET)

        can_send = d.pop("can_send", UNSET)

        is_active = d.pop("is_active", UNSET)

        alias_update_request = cls(
            can_receive=can_receive,
            can_send=can_send,
            is_active=is_active,
        )

        return alias_update_request
