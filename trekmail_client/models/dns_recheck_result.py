from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="DnsRecheckResult")


@_attrs_define
class DnsRecheckResult:
    """A queued DNS check. The id comes as `check_id` (README example) or `id` (test mock); the facts do not settle which,
    so both are optional.

        Attributes:
            check_id (int | Unset): DNS check id (README example); poll it with get_dns_check.
            id (int | Unset): DNS check id (test mock).
            status (str | Unset): Check state. Known values: `pending`, `complete`.
    """

    check_id: int | Unset = UNSET
    id: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_id = self.check_id

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_id is not UNSET:
            field_dict["check_id"] = check_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_id = d.pop("check_id", UNSET)

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        dns_recheck_result = cls(
            check_id=check_id,
            id=id,
            status=status,
        )

        dns_recheck_result.additional_properties = d
        return dns_recheck_result

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
