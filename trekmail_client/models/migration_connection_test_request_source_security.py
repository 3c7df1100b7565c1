from typing import Literal

MigrationConnectionTestRequestSourceSecurity = Literal["none", "ssl", "tls"]

MIGRATION_CONNECTION_TEST_REQUEST_SOURCE_SECURITY_VALUES: set[
    MigrationConnectionTestRequestSourceSecurity
] = {
    "none",
    "ssl",
    "tls",
}


def check_migration_connection_test_request_source_security(
    value: str,
) -> MigrationConnectionTestRequestSourceSecurity:
    if value in MIGRATION_CONNECTION_TEST_REQUEST_SOURCE_SECURITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIGRATION_CONNECTION_TEST_REQUEST_SOURCE_SECURITY_VALUES!r}"
    )
