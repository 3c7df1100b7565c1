from typing import Literal

ListTicketsStatus = Literal["closed", "open", "waiting_customer"]

LIST_TICKETS_STATUS_VALUES: set[ListTicketsStatus] = {
    "closed",
    "open",
    "waiting_customer",
}


def check_list_tickets_status(value: str) -> ListTicketsStatus:
    if value in LIST_TICKETS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TICKETS_STATUS_VALUES!r}"
    )
