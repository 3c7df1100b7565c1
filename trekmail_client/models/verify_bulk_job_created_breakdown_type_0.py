from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="VerifyBulkJobCreatedBreakdownType0")


@_attrs_define
class VerifyBulkJobCreatedBreakdownType0:
    """How the charge was computed.

    Attributes:
        probe (int | None | Unset): Addresses probed.
        skip (int | None | Unset): Addresses skipped.
        deep_savings (int | None | Unset): Credits saved in deep mode.
    """

    probe: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    deep_savings: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        probe: int | None | Unset
        if isinstance(self.probe, Unset):
            probe = UNSET
        else:
            probe = self.probe

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        deep_savings: int | None | Unset
        if isinstance(self.deep_savings, Unset):
            deep_savings = UNSET
        else:
            deep_savings = self.deep_savings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if probe is not UNSET:
            field_dict["probe"] = probe
        if skip is not UNSET:
            field_dict["skip"] = skip
        if deep_savings is not UNSET:
            field_dict["deep_savings"] = deep_savings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_probe(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probe = _parse_probe(d.pop("probe", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_deep_savings(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deep_savings = _parse_deep_savings(d.pop("deep_savings", UNSET))

        verify_bulk_job_created_breakdown_type_0 = cls(
            probe=probe,
            skip=skip,
            deep_savings=deep_savings,
        )

        verify_bulk_job_created_breakdown_type_0.additional_properties = d
        return verify_bulk_job_created_breakdown_type_0

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
