from typing import Literal

TicketCreateRequestPriority = Literal["high", "normal", "urgent"]

TICKET_CREATE_REQUEST_PRIORITY_VALUES: set[TicketCreateRequestPriority] = {
    "high",
    "normal",
    "urgent",
}


def check_ticket_create_request_priority(value: str) -> TicketCreateRequestPriority:
    if value in TICKET_CREATE_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TICKET_CREATE_REQUEST_PRIORITY_VALUES!r}"
    )
