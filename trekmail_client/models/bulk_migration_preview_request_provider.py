from typing import Literal

BulkMigrationPreviewRequestProvider = Literal[
    "generic_imap", "gmail", "icloud", "outlook", "yahoo"
]

BULK_MIGRATION_PREVIEW_REQUEST_PROVIDER_VALUES: set[
    BulkMigrationPreviewRequestProvider
] = {
    "generic_imap",
    "gmail",
    "icloud",
    "outlook",
    "yahoo",
}


def check_bulk_migration_preview_request_provider(
    value: str,
) -> BulkMigrationPreviewRequestProvider:
    if value in BULK_MIGRATION_PREVIEW_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MIGRATION_PREVIEW_REQUEST_PROVIDER_VALUES!r}"
    )
