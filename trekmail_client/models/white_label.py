from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.white_label_entitlement import WhiteLabelEntitlement


T = TypeVar("T", bound="WhiteLabel")


@_attrs_define
class WhiteLabel:
    """The account's White Label state, at the top level (no `data` envelope). Also carries the default brand, setup
    progress and domain statuses (shapes not stated).

        Attributes:
            entitlement (WhiteLabelEntitlement | Unset): The White Label entitlement.
    """

    entitlement: WhiteLabelEntitlement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entitlement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entitlement, Unset):
            entitlement = self.entitlement.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entitlement is not UNSET:
            field_dict["entitlement"] = entitlement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.white_label_entitlement import WhiteLabelEntitlement  # noqa: PLC0415

        d = dict(src_dict)
        _entitlement = d.pop("entitlement", UNSET)
        entitlement: WhiteLabelEntitlement | Unset
        if isinstance(_entitlement, Unset):
            entitlement = UNSET
        else:
            entitlement = WhiteLabelEntitlement.from_dict(_entitlement)

        white_label = cls(
            entitlement=entitlement,
        )

        white_label.additional_properties = d
        return white_label

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
