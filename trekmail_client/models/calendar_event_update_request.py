from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing
from ..types import UNSET, Unset


T = TypeVar("T", bound="CalendarEventUpdateRequest")
#: Looked up once: ``type(None)`` in a check would call ``type`` on every read.
_NoneType = type(None)


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

    Read from JSON with :meth:`from_dict`, which is tolerant (see ``trekmail_client._parsing``);
    ``raw_json`` keeps the JSON it was read from.
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
    _raw_json: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def raw_json(self) -> Any:
        """The JSON value this model was read from, as received; ``None`` when built in code."""
        return self._raw_json

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (the API's field names); unset fields are left out."""
        field_dict: dict[str, Any] = {}
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        start_at = self.start_at
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        end_at = self.end_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        all_day = self.all_day
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        timezone = self.timezone
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        location = self.location
        if location is not UNSET:
            field_dict["location"] = location
        color = self.color
        if color is not UNSET:
            field_dict["color"] = color
        reminder_minutes = self.reminder_minutes
        if reminder_minutes is not UNSET:
            field_dict["reminder_minutes"] = reminder_minutes
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a model from decoded JSON, tolerantly (strict inside a ``strict=True`` call).

        Raises:
            ResponseParseError: only inside a call made by a ``strict=True`` client.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            return _parsing.not_an_object(cls, src_dict)
        d = dict(src_dict)
        _raw = d.pop("title", UNSET)
        title = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            title = _parsing.field_mismatch(cls, "title", "str", _raw)

        _raw = d.pop("description", UNSET)
        description = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            description = _parsing.field_mismatch(cls, "description", "str", _raw)

        _raw = d.pop("start_at", UNSET)
        start_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            start_at = _parsing.field_mismatch(cls, "start_at", "str", _raw)

        _raw = d.pop("end_at", UNSET)
        end_at = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            end_at = _parsing.field_mismatch(cls, "end_at", "str", _raw)

        _raw = d.pop("all_day", UNSET)
        all_day = _raw
        if _raw is not UNSET and (not isinstance(_raw, bool)):
            all_day = _parsing.field_mismatch(cls, "all_day", "bool", _raw)

        _raw = d.pop("timezone", UNSET)
        timezone = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            timezone = _parsing.field_mismatch(cls, "timezone", "str", _raw)

        _raw = d.pop("location", UNSET)
        location = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            location = _parsing.field_mismatch(cls, "location", "str", _raw)

        _raw = d.pop("color", UNSET)
        color = _raw
        if _raw is not UNSET and (not isinstance(_raw, str)):
            color = _parsing.field_mismatch(cls, "color", "str", _raw)

        _raw = d.pop("reminder_minutes", UNSET)
        reminder_minutes = _raw
        if _raw is not UNSET and (not isinstance(_raw, int) or isinstance(_raw, bool)):
            reminder_minutes = _parsing.field_mismatch(
                cls, "reminder_minutes", "int", _raw
            )

        instance = cls(
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
        instance._raw_json = src_dict
        return instance
