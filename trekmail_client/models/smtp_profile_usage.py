from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.smtp_profile_usage_item import SmtpProfileUsageItem


T = TypeVar("T", bound="SmtpProfileUsage")


@_attrs_define
class SmtpProfileUsage:
    """Where a profile is used.

    Attributes:
        domains (list[SmtpProfileUsageItem] | Unset): Domains using the profile.
        sending_addresses (list[SmtpProfileUsageItem] | Unset): Send As addresses using the profile.
    """

    domains: list[SmtpProfileUsageItem] | Unset = UNSET
    sending_addresses: list[SmtpProfileUsageItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = []
            for domains_item_data in self.domains:
                domains_item = domains_item_data.to_dict()
                domains.append(domains_item)

        sending_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sending_addresses, Unset):
            sending_addresses = []
            for sending_addresses_item_data in self.sending_addresses:
                sending_addresses_item = sending_addresses_item_data.to_dict()
                sending_addresses.append(sending_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domains is not UNSET:
            field_dict["domains"] = domains
        if sending_addresses is not UNSET:
            field_dict["sending_addresses"] = sending_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smtp_profile_usage_item import SmtpProfileUsageItem  # noqa: PLC0415

        d = dict(src_dict)
        _domains = d.pop("domains", UNSET)
        domains: list[SmtpProfileUsageItem] | Unset = UNSET
        if _domains is not UNSET:
            domains = []
            for domains_item_data in _domains:
                domains_item = SmtpProfileUsageItem.from_dict(domains_item_data)

                domains.append(domains_item)

        _sending_addresses = d.pop("sending_addresses", UNSET)
        sending_addresses: list[SmtpProfileUsageItem] | Unset = UNSET
        if _sending_addresses is not UNSET:
            sending_addresses = []
            for sending_addresses_item_data in _sending_addresses:
                sending_addresses_item = SmtpProfileUsageItem.from_dict(
                    sending_addresses_item_data
                )

                sending_addresses.append(sending_addresses_item)

        smtp_profile_usage = cls(
            domains=domains,
            sending_addresses=sending_addresses,
        )

        smtp_profile_usage.additional_properties = d
        return smtp_profile_usage

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
