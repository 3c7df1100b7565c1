from typing import Literal

MigrationStartRequestProvider = Literal[
    "generic_imap", "gmail", "icloud", "outlook", "yahoo"
]

MIGRATION_START_REQUEST_PROVIDER_VALUES: set[MigrationStartRequestProvider] = {
    "generic_imap",
    "gmail",
    "icloud",
    "outlook",
    "yahoo",
}


def check_migration_start_request_provider(value: str) -> MigrationStartRequestProvider:
    if value in MIGRATION_START_REQUEST_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIGRATION_START_REQUEST_PROVIDER_VALUES!r}"
    )
