from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="DomainAliasSetRequest")


@_attrs_define
class DomainAliasSetRequest:
    """Make this domain an alias (receive-only matching addresses) of a primary domain.

    Attributes:
        primary_domain_id (int): Id of the primary domain whose addresses this domain matches.
    """

    primary_domain_id: int

    def to_dict(self) -> dict[str, Any]:
        primary_domain_id = self.primary_domain_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "primary_domain_id": primary_domain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        primary_domain_id = d.pop("primary_domain_id")

        domain_alias_set_request = cls(
            primary_domain_id=primary_domain_id,
        )

        return domain_alias_set_request
