from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="Forwarding")


@_attrs_define
class Forwarding:
    """Forwarding settings of a mailbox.

    Attributes:
        enabled (bool | Unset): Forwarding is on.
        targets (list[str] | Unset): Forwarding destinations.
        keep_copy (bool | None | Unset): Keep a copy in the mailbox.
        destination_limit (int | None | Unset): The plan's cap on destinations (Starter 5, Pro 15, Agency 30).
    """

    enabled: bool | Unset = UNSET
    targets: list[str] | Unset = UNSET
    keep_copy: bool | None | Unset = UNSET
    destination_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        targets: list[str] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = self.targets

        keep_copy: bool | None | Unset
        if isinstance(self.keep_copy, Unset):
            keep_copy = UNSET
        else:
            keep_copy = self.keep_copy

        destination_limit: int | None | Unset
        if isinstance(self.destination_limit, Unset):
            destination_limit = UNSET
        else:
            destination_limit = self.destination_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if targets is not UNSET:
            field_dict["targets"] = targets
        if keep_copy is not UNSET:
            field_dict["keep_copy"] = keep_copy
        if destination_limit is not UNSET:
            field_dict["destination_limit"] = destination_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        targets = cast(list[str], d.pop("targets", UNSET))

        def _parse_keep_copy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_copy = _parse_keep_copy(d.pop("keep_copy", UNSET))

        def _parse_destination_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        destination_limit = _parse_destination_limit(d.pop("destination_limit", UNSET))

        forwarding = cls(
            enabled=enabled,
            targets=targets,
            keep_copy=keep_copy,
            destination_limit=destination_limit,
        )

        forwarding.additional_properties = d
        return forwarding

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
