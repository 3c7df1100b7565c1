from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.message_cursor_pagination import MessageCursorPagination
    from ..models.scheduled_message import ScheduledMessage


T = TypeVar("T", bound="ScheduledMessageList")


@_attrs_define
class ScheduledMessageList:
    """A page of scheduled messages. The official client's test double puts the rows under `scheduled`; the API's list
    convention is `data`. Both are declared, so either parses.

        Attributes:
            scheduled (list[ScheduledMessage] | Unset): Rows (key of the official client's test double).
            data (list[ScheduledMessage] | Unset): Rows (the API's list convention).
            pagination (MessageCursorPagination | Unset): Cursor of a message-side list (scheduled messages, calendar
                events).
    """

    scheduled: list[ScheduledMessage] | Unset = UNSET
    data: list[ScheduledMessage] | Unset = UNSET
    pagination: MessageCursorPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scheduled, Unset):
            scheduled = []
            for scheduled_item_data in self.scheduled:
                scheduled_item = scheduled_item_data.to_dict()
                scheduled.append(scheduled_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_cursor_pagination import MessageCursorPagination  # noqa: PLC0415
        from ..models.scheduled_message import ScheduledMessage  # noqa: PLC0415

        d = dict(src_dict)
        _scheduled = d.pop("scheduled", UNSET)
        scheduled: list[ScheduledMessage] | Unset = UNSET
        if _scheduled is not UNSET:
            scheduled = []
            for scheduled_item_data in _scheduled:
                scheduled_item = ScheduledMessage.from_dict(scheduled_item_data)

                scheduled.append(scheduled_item)

        _data = d.pop("data", UNSET)
        data: list[ScheduledMessage] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ScheduledMessage.from_dict(data_item_data)

                data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: MessageCursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = MessageCursorPagination.from_dict(_pagination)

        scheduled_message_list = cls(
            scheduled=scheduled,
            data=data,
            pagination=pagination,
        )

        scheduled_message_list.additional_properties = d
        return scheduled_message_list

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
