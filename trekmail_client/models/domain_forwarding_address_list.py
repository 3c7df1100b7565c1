from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.domain_forwarding_address import DomainForwardingAddress
    from ..models.domain_forwarding_address_delivery import (
        DomainForwardingAddressDelivery,
    )
    from ..models.domain_forwarding_address_limits import DomainForwardingAddressLimits


T = TypeVar("T", bound="DomainForwardingAddressList")


@_attrs_define
class DomainForwardingAddressList:
    """The domain's forwarding addresses (not paginated).

    Attributes:
        data (list[DomainForwardingAddress]):
        limits (DomainForwardingAddressLimits | Unset): Plan limits of domain forwarding addresses.
        delivery (DomainForwardingAddressDelivery | Unset): Whether forwarding delivers on this plan. Also carries
            `requires_plan` (type not stated).
    """

    data: list[DomainForwardingAddress]
    limits: DomainForwardingAddressLimits | Unset = UNSET
    delivery: DomainForwardingAddressDelivery | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if limits is not UNSET:
            field_dict["limits"] = limits
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_forwarding_address import DomainForwardingAddress  # noqa: PLC0415
        from ..models.domain_forwarding_address_delivery import (
            DomainForwardingAddressDelivery,
        )  # noqa: PLC0415
        from ..models.domain_forwarding_address_limits import (
            DomainForwardingAddressLimits,
        )  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DomainForwardingAddress.from_dict(data_item_data)

            data.append(data_item)

        _limits = d.pop("limits", UNSET)
        limits: DomainForwardingAddressLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = DomainForwardingAddressLimits.from_dict(_limits)

        _delivery = d.pop("delivery", UNSET)
        delivery: DomainForwardingAddressDelivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = DomainForwardingAddressDelivery.from_dict(_delivery)

        domain_forwarding_address_list = cls(
            data=data,
            limits=limits,
            delivery=delivery,
        )

        domain_forwarding_address_list.additional_properties = d
        return domain_forwarding_address_list

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
