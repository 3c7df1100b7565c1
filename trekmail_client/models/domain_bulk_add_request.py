from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="DomainBulkAddRequest")


@_attrs_define
class DomainBulkAddRequest:
    """Add several domains at once.

    Attributes:
        domains (list[str]): Domain names to add (1-20).
    """

    domains: list[str]

    def to_dict(self) -> dict[str, Any]:
        domains = self.domains

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domains": domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domains = cast(list[str], d.pop("domains"))

        domain_bulk_add_request = cls(
            domains=domains,
        )

        return domain_bulk_add_request
