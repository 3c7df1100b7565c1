from typing import Literal

ExternalAccountConnectionRequestImapPort = Literal[143, 993]

EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_PORT_VALUES: set[
    ExternalAccountConnectionRequestImapPort
] = {
    143,
    993,
}


def check_external_account_connection_request_imap_port(
    value: int,
) -> ExternalAccountConnectionRequestImapPort:
    if value in EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_PORT_VALUES!r}"
    )
