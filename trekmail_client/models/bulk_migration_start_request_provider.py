from typing import Literal

BulkMigrationStartRequestProvider = Literal[
    "generic_imap", "gmail", "icloud", "outlook", "yahoo"
]

BULK_MIGRATION_START_REQUEST_PROVIDER_VALUES: set[BulkMigrationStartRequestProvider] = {
    "generic_imap",
    "gmail",
    "icloud",
    "outlook",
    "yahoo",
}


def check_bulk_migration_start_request_provider(
    value: str,
) -> BulkMigrationStartRequestProvider:
    if value in BULK_MIGRATION_START_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_START_REQUEST_PROVIDER_VALUES!r}"
    )
