from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field


if TYPE_CHECKING:
    from ..models.domain_branding import DomainBranding


T = TypeVar("T", bound="DomainBrandingResponse")


@_attrs_define
class DomainBrandingResponse:
    """A domain's branding.

    Attributes:
        data (DomainBranding): Per-domain branding. Also carries `hosts`, `dns_records` (the CNAMEs to create) and the
            DNS records still pending, whose shapes the facts do not state.
    """

    data: DomainBranding
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_branding import DomainBranding  # noqa: PLC0415

        d = dict(src_dict)
        data = DomainBranding.from_dict(d.pop("data"))

        domain_branding_response = cls(
            data=data,
        )

        domain_branding_response.additional_properties = d
        return domain_branding_response

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
