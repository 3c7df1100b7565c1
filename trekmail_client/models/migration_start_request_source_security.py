from typing import Literal

MigrationStartRequestSourceSecurity = Literal["none", "ssl", "tls"]

MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES: set[
    MigrationStartRequestSourceSecurity
] = {
    "none",
    "ssl",
    "tls",
}


def check_migration_start_request_source_security(
    value: str,
) -> MigrationStartRequestSourceSecurity:
    if value in MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIGRATION_START_REQUEST_SOURCE_SECURITY_VALUES!r}"
    )
