from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DomainForwardingAddressUpdateRequest")


@_attrs_define
class DomainForwardingAddressUpdateRequest:
    """Update a forwarding address; give at least one field (the official client requires one; not expressed as
    minProperties).

        Attributes:
            recipients (list[str] | Unset): New recipients (replaces all).
            is_active (bool | Unset): Pause (false; mail then bounces) or resume (true).
    """

    recipients: list[str] | Unset = UNSET
    is_active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipients = cast(list[str], d.pop("recipients", UNSET))

        is_active = d.pop("is_active", UNSET)

        domain_forwarding_address_update_request = cls(
            recipients=recipients,
            is_active=is_active,
        )

        return domain_forwarding_address_update_request
