from typing import Literal

ExternalAccountCreateRequestImapPort = Literal[143, 993]

EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_PORT_VALUES: set[
    ExternalAccountCreateRequestImapPort
] = {
    143,
    993,
}


def check_external_account_create_request_imap_port(
    value: int,
) -> ExternalAccountCreateRequestImapPort:
    if value in EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_PORT_VALUES!r}"
    )
