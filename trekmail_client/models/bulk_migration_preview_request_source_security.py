from typing import Literal

BulkMigrationPreviewRequestSourceSecurity = Literal["none", "ssl", "tls"]

BULK_MIGRATION_PREVIEW_REQUEST_SOURCE_SECURITY_VALUES: set[
    BulkMigrationPreviewRequestSourceSecurity
] = {
    "none",
    "ssl",
    "tls",
}


def check_bulk_migration_preview_request_source_security(
    value: str,
) -> BulkMigrationPreviewRequestSourceSecurity:
    if value in BULK_MIGRATION_PREVIEW_REQUEST_SOURCE_SECURITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_PREVIEW_REQUEST_SOURCE_SECURITY_VALUES!r}"
    )
