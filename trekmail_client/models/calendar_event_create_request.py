from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="CalendarEventCreateRequest")


@_attrs_define
class CalendarEventCreateRequest:
    """A new event.

    Attributes:
        title (str): Title.
        start_at (str): Start (ISO-8601).
        description (str | Unset): Description.
        end_at (str | Unset): End (ISO-8601, not before start_at).
        all_day (bool | Unset): All-day event.
        timezone (str | Unset): IANA zone of start/end (omit for a floating event).
        location (str | Unset): Location.
        color (str | Unset): Colour, e.g. `#6366f1`.
        reminder_minutes (int | Unset): Reminder, minutes before.
    """

    title: str
    start_at: str
    description: str | Unset = UNSET
    end_at: str | Unset = UNSET
    all_day: bool | Unset = UNSET
    timezone: str | Unset = UNSET
    location: str | Unset = UNSET
    color: str | Unset = UNSET
    reminder_minutes: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        start_at = self.start_at

        description = self.description

        end_at = self.end_at

        all_day = self.all_day

        timezone = self.timezone

        location = self.location

        color = self.color

        reminder_minutes = self.reminder_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "start_at": start_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        title = d.pop("title")

        start_at = d.pop("start_at")

        description = d.pop("description", UNSET)

        end_at = d.pop("end_at", UNSET)

        all_day = d.pop("all_day", UNSET)

        timezone = d.pop("timezone", UNSET)

        location = d.pop("location", UNSET)

        color = d.pop("color", UNSET)

        reminder_minutes = d.pop("reminder_minutes", UNSET)

        calendar_event_create_request = cls(
            title=title,
            start_at=start_at,
            description=description,
            end_at=end_at,
            all_day=all_day,
            timezone=timezone,
            location=location,
            color=color,
            reminder_minutes=reminder_minutes,
        )

        return calendar_event_create_request
