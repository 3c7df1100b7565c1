from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.invite_bulk_row import InviteBulkRow
    from ..models.mailbox_bulk_counts import MailboxBulkCounts


T = TypeVar("T", bound="InviteBulkResult")


@_attrs_define
class InviteBulkResult:
    """Per-row results of a bulk invite.

    Attributes:
        results (list[InviteBulkRow]): One result per item, in order.
        counts (MailboxBulkCounts | Unset): Counts of a bulk create.
    """

    results: list[InviteBulkRow]
    counts: MailboxBulkCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if counts is not UNSET:
            field_dict["counts"] = counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_bulk_row import InviteBulkRow  # noqa: PLC0415
        from ..models.mailbox_bulk_counts import MailboxBulkCounts  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = InviteBulkRow.from_dict(results_item_data)

            results.append(results_item)

        _counts = d.pop("counts", UNSET)
        counts: MailboxBulkCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = MailboxBulkCounts.from_dict(_counts)

        invite_bulk_result = cls(
            results=results,
            counts=counts,
        )

        invite_bulk_result.additional_properties = d
        return invite_bulk_result

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
