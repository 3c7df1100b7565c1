from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.ticket_create_request_category import check_ticket_create_request_category
from ..models.ticket_create_request_category import TicketCreateRequestCategory
from ..models.ticket_create_request_priority import check_ticket_create_request_priority
from ..models.ticket_create_request_priority import TicketCreateRequestPriority


T = TypeVar("T", bound="TicketCreateRequest")


@_attrs_define
class TicketCreateRequest:
    """A new support ticket.

    Attributes:
        subject (str): Subject.
        category (TicketCreateRequestCategory): Category.
        message (str): Message.
        priority (TicketCreateRequestPriority | Unset): Priority. Default: 'normal'.
    """

    subject: str
    category: TicketCreateRequestCategory
    message: str
    priority: TicketCreateRequestPriority | Unset = "normal"

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        category: str = self.category

        message = self.message

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subject": subject,
                "category": category,
                "message": message,
            }
        )
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        category = check_ticket_create_request_category(d.pop("category"))

        message = d.pop("message")

        _priority = d.pop("priority", UNSET)
        priority: TicketCreateRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_ticket_create_request_priority(_priority)

        ticket_create_request = cls(
            subject=subject,
            category=category,
            message=message,
            priority=priority,
        )

        return ticket_create_request
