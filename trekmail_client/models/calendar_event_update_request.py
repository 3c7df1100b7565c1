from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="CalendarEventUpdateRequest")


@_attrs_define
class CalendarEventUpdateRequest:
    """Event fields to change.

    Attributes:
        title (str | Unset): Title.
        description (str | Unset): Description.
        start_at (str | Unset): Start (ISO-8601).
        end_at (str | Unset): End (ISO-8601, not before start_at).
        all_day (bool | Unset): All-day event.
        timezone (str | Unset): IANA zone of start/end (omit for a floating event).
        location (str | Unset): Location.
        color (str | Unset): Colour, e.g. `#6366f1`.
        reminder_minutes (int | Unset): Reminder, minutes before.
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    start_at: str | Unset = UNSET
    end_at: str | Unset = UNSET
    all_day: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    location: str | Unset = UNSET
    color: str | Unset = UNSET
    reminder_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        start_at = self.start_at

        end_at = self.end_at

        all_day = self.all_day

        timezone = self.timezone

        location = self.location

        color = self.color

        reminder_minutes = self.reminder_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if location is not UNSET:
            field_dict["location"] = location
        if color is not UNSET:
            field_dict["color"] = color
        if reminder_minutes is not UNSET:
            field_dict["reminder_minutes"] = reminder_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        start_at = d.pop("start_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        all_day = d.pop("all_day", UNSET)

        timezone = d.pop("timezone", UNSET)

        location = d.pop("location", UNSET)

        color = d.pop("color", UNSET)

        reminder_minutes = d.pop("reminder_minutes", UNSET)

        calendar_event_update_request = cls(
            title=title,
            description=description,
            start_at=start_at,
            end_at=end_at,
            all_day=all_day,
            timezone=timezone,
            location=location,
            color=color,
            reminder_minutes=reminder_minutes,
        )

        return calendar_event_update_request
