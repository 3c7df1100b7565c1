from typing import Literal

BulkMigrationPreviewRequestFolderStrategy = Literal["all", "inbox_only", "standard"]

BULK_MIGRATION_PREVIEW_REQUEST_FOLDER_STRATEGY_VALUES: set[
    BulkMigrationPreviewRequestFolderStrategy
] = {
    "all",
    "inbox_only",
    "standard",
}


def check_bulk_migration_preview_request_folder_strategy(
    value: str,
) -> BulkMigrationPreviewRequestFolderStrategy:
    if value in BULK_MIGRATION_PREVIEW_REQUEST_FOLDER_STRATEGY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_PREVIEW_REQUEST_FOLDER_STRATEGY_VALUES!r}"
    )
