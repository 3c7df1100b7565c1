from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.domain_bulk_add_row import DomainBulkAddRow


T = TypeVar("T", bound="DomainBulkAddResult")


@_attrs_define
class DomainBulkAddResult:
    """Per-row results of a bulk domain add.

    Attributes:
        results (list[DomainBulkAddRow]): One result per submitted domain.
        created (int | Unset): Number of domains created.
        total (int | Unset): Number of rows submitted.
    """

    results: list[DomainBulkAddRow]
    created: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        created = self.created

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_bulk_add_row import DomainBulkAddRow  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = DomainBulkAddRow.from_dict(results_item_data)

            results.append(results_item)

        created = d.pop("created", UNSET)

        total = d.pop("total", UNSET)

        domain_bulk_add_result = cls(
            results=results,
            created=created,
            total=total,
        )

        domain_bulk_add_result.additional_properties = d
        return domain_bulk_add_result

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
