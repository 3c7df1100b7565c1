from typing import Literal

BulkMigrationStartRequestSourceSecurity = Literal["none", "ssl", "tls"]

BULK_MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES: set[
    BulkMigrationStartRequestSourceSecurity
] = {
    "none",
    "ssl",
    "tls",
}


def check_bulk_migration_start_request_source_security(
    value: str,
) -> BulkMigrationStartRequestSourceSecurity:
    if value in BULK_MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES!r}"
    )
