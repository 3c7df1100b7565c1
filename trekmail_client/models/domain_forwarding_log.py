from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.domain_forwarding_log_entry import DomainForwardingLogEntry
    from ..models.domain_forwarding_log_window import DomainForwardingLogWindow


T = TypeVar("T", bound="DomainForwardingLog")


@_attrs_define
class DomainForwardingLog:
    """Recent delivery log of a forwarding address.

    Attributes:
        data (list[DomainForwardingLogEntry]):
        window (DomainForwardingLogWindow | Unset): How far back the log goes.
    """

    data: list[DomainForwardingLogEntry]
    window: DomainForwardingLogWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.window, Unset):
            window = self.window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_forwarding_log_entry import DomainForwardingLogEntry  # noqa: PLC0415
        from ..models.domain_forwarding_log_window import DomainForwardingLogWindow  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DomainForwardingLogEntry.from_dict(data_item_data)

            data.append(data_item)

        _window = d.pop("window", UNSET)
        window: DomainForwardingLogWindow | Unset
        if isinstance(_window, Unset):
            window = UNSET
        else:
            window = DomainForwardingLogWindow.from_dict(_window)

        domain_forwarding_log = cls(
            data=data,
            window=window,
        )

        domain_forwarding_log.additional_properties = d
        return domain_forwarding_log

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
