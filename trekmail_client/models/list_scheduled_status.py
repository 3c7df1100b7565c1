from typing import Literal

ListScheduledStatus = Literal["all", "limit_reached", "pending"]

LIST_SCHEDULED_STATUS_VALUES: set[ListScheduledStatus] = {
    "all",
    "limit_reached",
    "pending",
}


def check_list_scheduled_status(value: str) -> ListScheduledStatus:
    if value in LIST_SCHEDULED_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SCHEDULED_STATUS_VALUES!r}"
    )
