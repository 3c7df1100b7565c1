from typing import Literal

BulkMigrationStartRequestFolderStrategy = Literal["all", "inbox_only", "standard"]

BULK_MIGRATION_START_REQUEST_FOLDER_STRATEGY_VALUES: set[
    BulkMigrationStartRequestFolderStrategy
] = {
    "all",
    "inbox_only",
    "standard",
}


def check_bulk_migration_start_request_folder_strategy(
    value: str,
) -> BulkMigrationStartRequestFolderStrategy:
    if value in BULK_MIGRATION_START_REQUEST_FOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_START_REQUEST_FOLDER_STRATEGY_VALUES!r}"
    )
