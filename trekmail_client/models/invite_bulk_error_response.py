from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.error_body import ErrorBody
    from ..models.invite_bulk_row import InviteBulkRow
    from ..models.mailbox_bulk_counts import MailboxBulkCounts


T = TypeVar("T", bound="InviteBulkErrorResponse")


@_attrs_define
class InviteBulkErrorResponse:
    """422 of a bulk invite: the bulk shape with every row failed (no `error` key), or the error envelope. All keys
    optional.

        Attributes:
            counts (MailboxBulkCounts | Unset): Counts of a bulk create.
            results (list[InviteBulkRow] | Unset): One result per item, in order.
            error (ErrorBody | Unset): The body of the error envelope. Extra keys (for example `dimension`, `resets_at`,
                `reason`, `retry_after`, `errors`) are kept as additional properties.
    """

    counts: MailboxBulkCounts | Unset = UNSET
    results: list[InviteBulkRow] | Unset = UNSET
    error: ErrorBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if counts is not UNSET:
            field_dict["counts"] = counts
        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_body import ErrorBody  # noqa: PLC0415
        from ..models.invite_bulk_row import InviteBulkRow  # noqa: PLC0415
        from ..models.mailbox_bulk_counts import MailboxBulkCounts  # noqa: PLC0415

        d = dict(src_dict)
        _counts = d.pop("counts", UNSET)
        counts: MailboxBulkCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = MailboxBulkCounts.from_dict(_counts)

        _results = d.pop("results", UNSET)
        results: list[InviteBulkRow] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = InviteBulkRow.from_dict(results_item_data)

                results.append(results_item)

        _error = d.pop("error", UNSET)
        error: ErrorBody | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBody.from_dict(_error)

        invite_bulk_error_response = cls(
            counts=counts,
            results=results,
            error=error,
        )

        invite_bulk_error_response.additional_properties = d
        return invite_bulk_error_response

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
