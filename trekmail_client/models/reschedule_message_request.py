from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="RescheduleMessageRequest")


@_attrs_define
class RescheduleMessageRequest:
    """New send time.

    Attributes:
        scheduled_for (str): New send time (ISO-8601).
        timezone (str | Unset): IANA time zone.
        shared_mailbox_id (int | Unset): Shared mailbox the row was created with.
    """

    scheduled_for: str
    timezone: str | Unset = UNSET
    shared_mailbox_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheduled_for = self.scheduled_for

        timezone = self.timezone

        shared_mailbox_id = self.shared_mailbox_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheduled_for": scheduled_for,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if shared_mailbox_id is not UNSET:
            field_dict["shared_mailbox_id"] = shared_mailbox_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheduled_for = d.pop("scheduled_for")

        timezone = d.pop("timezone", UNSET)

        shared_mailbox_id = d.pop("shared_mailbox_id", UNSET)

        reschedule_message_request = cls(
            scheduled_for=scheduled_for,
            timezone=timezone,
            shared_mailbox_id=shared_mailbox_id,
        )

        return reschedule_message_request
