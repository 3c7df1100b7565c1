from typing import Literal

ListMigrationsStatus = Literal[
    "cancelled",
    "completed",
    "failed",
    "pending",
    "planning",
    "processing",
    "validating",
]

LIST_MIGRATIONS_STATUS_VALUES: set[ListMigrationsStatus] = {
    "cancelled",
    "completed",
    "failed",
    "pending",
    "planning",
    "processing",
    "validating",
}


def check_list_migrations_status(value: str) -> ListMigrationsStatus:
    if value in LIST_MIGRATIONS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MIGRATIONS_STATUS_VALUES!r}"
    )
