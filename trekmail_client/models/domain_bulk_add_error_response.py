from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.domain_bulk_add_row import DomainBulkAddRow
    from ..models.error_body import ErrorBody


T = TypeVar("T", bound="DomainBulkAddErrorResponse")


@_attrs_define
class DomainBulkAddErrorResponse:
    """422 of a bulk domain add: either the bulk shape with every row failed (no `error` key), or the error envelope
    (`error`, e.g. `validation_error`). All keys optional so both parse.

        Attributes:
            created (int | Unset): Number of domains created (0 when every row failed).
            total (int | Unset): Number of rows submitted.
            results (list[DomainBulkAddRow] | Unset): One result per submitted domain.
            error (ErrorBody | Unset): The body of the error envelope. Extra keys (for example `dimension`, `resets_at`,
                `reason`, `retry_after`, `errors`) are kept as additional properties.
    """

    created: int | Unset = UNSET
    total: int | Unset = UNSET
    results: list[DomainBulkAddRow] | Unset = UNSET
    error: ErrorBody | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        total = self.total

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
        if created is not UNSET:
            field_dict["created"] = created
        if total is not UNSET:
            field_dict["total"] = total
        if results is not UNSET:
            field_dict["results"] = results
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_bulk_add_row import DomainBulkAddRow  # noqa: PLC0415
        from ..models.error_body import ErrorBody  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created", UNSET)

        total = d.pop("total", UNSET)

        _results = d.pop("results", UNSET)
        results: list[DomainBulkAddRow] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = DomainBulkAddRow.from_dict(results_item_data)

                results.append(results_item)

        _error = d.pop("error", UNSET)
        error: ErrorBody | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBody.from_dict(_error)

        domain_bulk_add_error_response = cls(
            created=created,
            total=total,
            results=results,
            error=error,
        )

        domain_bulk_add_error_response.additional_properties = d
        return domain_bulk_add_error_response

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
