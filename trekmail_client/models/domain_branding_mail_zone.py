from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="DomainBrandingMailZone")


@_attrs_define
class DomainBrandingMailZone:
    """Branded mail zone state. Also carries its DNS `records` (shape not stated).

    Attributes:
        dns_status (None | str | Unset): DNS state of the mail zone.
        client_hosts_status (None | str | Unset): State of the branded client hosts.
    """

    dns_status: None | str | Unset = UNSET
    client_hosts_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dns_status: None | str | Unset
        if isinstance(self.dns_status, Unset):
            dns_status = UNSET
        else:
            dns_status = self.dns_status

        client_hosts_status: None | str | Unset
        if isinstance(self.client_hosts_status, Unset):
            client_hosts_status = UNSET
        else:
            client_hosts_status = self.client_hosts_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dns_status is not UNSET:
            field_dict["dns_status"] = dns_status
        if client_hosts_status is not UNSET:
            field_dict["client_hosts_status"] = client_hosts_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dns_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dns_status = _parse_dns_status(d.pop("dns_status", UNSET))

        def _parse_client_hosts_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_hosts_status = _parse_client_hosts_status(
            d.pop("client_hosts_status", UNSET)
        )

        domain_branding_mail_zone = cls(
            dns_status=dns_status,
            client_hosts_status=client_hosts_status,
        )

        domain_branding_mail_zone.additional_properties = d
        return domain_branding_mail_zone

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
