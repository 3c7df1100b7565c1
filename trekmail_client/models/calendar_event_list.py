from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.calendar_event import CalendarEvent
    from ..models.message_cursor_pagination import MessageCursorPagination


T = TypeVar("T", bound="CalendarEventList")


@_attrs_define
class CalendarEventList:
    """A page of events in the requested window. The facts do not give the key names: items are expected under `data` (the
    API's list convention), the continuation cursor in `pagination.next_cursor` (as for scheduled messages) or at the
    top level (`next_cursor`, `has_more`, the API's cursor convention). All are declared; none is required.

        Attributes:
            data (list[CalendarEvent] | Unset): Events.
            pagination (MessageCursorPagination | Unset): Cursor of a message-side list (scheduled messages, calendar
                events).
            next_cursor (None | str | Unset): Pass as `cursor`.
            has_more (bool | Unset): More events exist in the window.
    """

    data: list[CalendarEvent] | Unset = UNSET
    pagination: MessageCursorPagination | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calendar_event import CalendarEvent  # noqa: PLC0415
        from ..models.message_cursor_pagination import MessageCursorPagination  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[CalendarEvent] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CalendarEvent.from_dict(data_item_data)

                data.append(data_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: MessageCursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = MessageCursorPagination.from_dict(_pagination)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        has_more = d.pop("has_more", UNSET)

        calendar_event_list = cls(
            data=data,
            pagination=pagination,
            next_cursor=next_cursor,
            has_more=has_more,
        )

        calendar_event_list.additional_properties = d
        return calendar_event_list

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
