from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="DomainAliasStatus")


@_attrs_define
class DomainAliasStatus:
    """Domain alias (receive-only matching addresses) state, returned at the top level (no `data` envelope). GET gives
    `configured`, `status` and `delivering`; PUT gives `configured: true` and `delivering`; DELETE gives `configured:
    false` and `status: not_configured`.

        Attributes:
            configured (bool): Whether the domain is an alias of a primary domain.
            status (str | Unset): Alias state. Known values: `not_configured`, `delivering`. Other values may exist.
            delivering (bool | Unset): Whether mail to the alias domain is being delivered.
    """

    configured: bool
    status: str | Unset = UNSET
    delivering: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configured = self.configured

        status = self.status

        delivering = self.delivering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if delivering is not UNSET:
            field_dict["delivering"] = delivering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        configured = d.pop("configured")

        status = d.pop("status", UNSET)

        delivering = d.pop("delivering", UNSET)

        domain_alias_status = cls(
            configured=configured,
            status=status,
            delivering=delivering,
        )

        domain_alias_status.additional_properties = d
        return domain_alias_status

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
