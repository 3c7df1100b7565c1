from typing import Literal

TicketCreateRequestCategory = Literal[
    "abuse",
    "account",
    "affiliate",
    "api",
    "billing",
    "deliverability",
    "feature",
    "other",
    "partnership",
    "sales",
    "technical",
]

TICKET_CREATE_REQUEST_CATEGORY_VALUES: set[TicketCreateRequestCategory] = {
    "abuse",
    "account",
    "affiliate",
    "api",
    "billing",
    "deliverability",
    "feature",
    "other",
    "partnership",
    "sales",
    "technical",
}


def check_ticket_create_request_category(value: str) -> TicketCreateRequestCategory:
    if value in TICKET_CREATE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TICKET_CREATE_REQUEST_CATEGORY_VALUES!r}"
    )
