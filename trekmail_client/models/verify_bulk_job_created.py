from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.verify_bulk_job_created_breakdown_type_0 import (
        VerifyBulkJobCreatedBreakdownType0,
    )
    from ..models.verify_bulk_job_created_data import VerifyBulkJobCreatedData


T = TypeVar("T", bound="VerifyBulkJobCreated")


@_attrs_define
class VerifyBulkJobCreated:
    """A started bulk verification job. The facts name `credits_charged` and `breakdown{probe, skip, deep_savings}` plus a
    job id (key not named) and no envelope; the named keys are typed at the top level, every key optional.

        Attributes:
            credits_charged (int | None | Unset): Credits charged for the job.
            breakdown (None | Unset | VerifyBulkJobCreatedBreakdownType0): How the charge was computed.
            data (VerifyBulkJobCreatedData | Unset): The job, when wrapped.
    """

    credits_charged: int | None | Unset = UNSET
    breakdown: None | Unset | VerifyBulkJobCreatedBreakdownType0 = UNSET
    data: VerifyBulkJobCreatedData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verify_bulk_job_created_breakdown_type_0 import (
            VerifyBulkJobCreatedBreakdownType0,
        )  # noqa: PLC0415

        credits_charged: int | None | Unset
        if isinstance(self.credits_charged, Unset):
            credits_charged = UNSET
        else:
            credits_charged = self.credits_charged

        breakdown: dict[str, Any] | None | Unset
        if isinstance(self.breakdown, Unset):
            breakdown = UNSET
        elif isinstance(self.breakdown, VerifyBulkJobCreatedBreakdownType0):
            breakdown = self.breakdown.to_dict()
        else:
            breakdown = self.breakdown

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_charged is not UNSET:
            field_dict["credits_charged"] = credits_charged
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_bulk_job_created_breakdown_type_0 import (
            VerifyBulkJobCreatedBreakdownType0,
        )  # noqa: PLC0415
        from ..models.verify_bulk_job_created_data import VerifyBulkJobCreatedData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_credits_charged(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credits_charged = _parse_credits_charged(d.pop("credits_charged", UNSET))

        def _parse_breakdown(
            data: object,
        ) -> None | Unset | VerifyBulkJobCreatedBreakdownType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                breakdown_type_0 = VerifyBulkJobCreatedBreakdownType0.from_dict(data)

                return breakdown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerifyBulkJobCreatedBreakdownType0, data)

        breakdown = _parse_breakdown(d.pop("breakdown", UNSET))

        _data = d.pop("data", UNSET)
        data: VerifyBulkJobCreatedData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = VerifyBulkJobCreatedData.from_dict(_data)

        verify_bulk_job_created = cls(
            credits_charged=credits_charged,
            breakdown=breakdown,
            data=data,
        )

        verify_bulk_job_created.additional_properties = d
        return verify_bulk_job_created

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
