from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field


if TYPE_CHECKING:
    from ..models.white_label_activity_entry import WhiteLabelActivityEntry


T = TypeVar("T", bound="WhiteLabelMemberActivity")


@_attrs_define
class WhiteLabelMemberActivity:
    """Recent activity of one member (limit-only list).

    Attributes:
        data (list[WhiteLabelActivityEntry]):
    """

    data: list[WhiteLabelActivityEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.white_label_activity_entry import WhiteLabelActivityEntry  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = WhiteLabelActivityEntry.from_dict(data_item_data)

            data.append(data_item)

        white_label_member_activity = cls(
            data=data,
        )

        white_label_member_activity.additional_properties = d
        return white_label_member_activity

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
