from typing import Literal

ListBulkMigrationsStatus = Literal[
    "cancelled", "completed", "completed_with_errors", "paused", "processing", "queued"
]

LIST_BULK_MIGRATIONS_STATUS_VALUES: set[ListBulkMigrationsStatus] = {
    "cancelled",
    "completed",
    "completed_with_errors",
    "paused",
    "processing",
    "queued",
}


def check_list_bulk_migrations_status(value: str) -> ListBulkMigrationsStatus:
    if value in LIST_BULK_MIGRATIONS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_BULK_MIGRATIONS_STATUS_VALUES!r}"
    )
