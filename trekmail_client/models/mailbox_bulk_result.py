from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field


if TYPE_CHECKING:
    from ..models.mailbox_bulk_counts import MailboxBulkCounts
    from ..models.mailbox_bulk_row import MailboxBulkRow


T = TypeVar("T", bound="MailboxBulkResult")


@_attrs_define
class MailboxBulkResult:
    """Per-row results of a bulk mailbox create (200 all created, 207 partial).

    Attributes:
        counts (MailboxBulkCounts): Counts of a bulk create.
        results (list[MailboxBulkRow]): One result per item, in order.
    """

    counts: MailboxBulkCounts
    results: list[MailboxBulkRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailbox_bulk_counts import MailboxBulkCounts  # noqa: PLC0415
        from ..models.mailbox_bulk_row import MailboxBulkRow  # noqa: PLC0415

        d = dict(src_dict)
        counts = MailboxBulkCounts.from_dict(d.pop("counts"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = MailboxBulkRow.from_dict(results_item_data)

            results.append(results_item)

        mailbox_bulk_result = cls(
            counts=counts,
            results=results,
        )

        mailbox_bulk_result.additional_properties = d
        return mailbox_bulk_result

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
