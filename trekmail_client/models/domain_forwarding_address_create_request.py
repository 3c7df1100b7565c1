from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DomainForwardingAddressCreateRequest")


@_attrs_define
class DomainForwardingAddressCreateRequest:
    """Create a forwarding address on the domain.

    Attributes:
        local_part (str): Local part (before the @) on this domain.
        recipients (list[str]): Addresses the mail is forwarded to.
        is_active (bool | Unset): Whether it forwards. Delivery needs Pro or Agency; on Nano/Starter it is saved but
            inactive. Default: True.
    """

    local_part: str
    recipients: list[str]
    is_active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        local_part = self.local_part

        recipients = self.recipients

        is_active = self.is_active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "local_part": local_part,
                "recipients": recipients,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        local_part = d.pop("local_part")

        recipients = cast(list[str], d.pop("recipients"))

        is_active = d.pop("is_active", UNSET)

        domain_forwarding_address_create_request = cls(
            local_part=local_part,
            recipients=recipients,
            is_active=is_active,
        )

        return domain_forwarding_address_create_request
