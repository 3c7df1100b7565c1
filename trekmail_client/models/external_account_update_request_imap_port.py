from typing import Literal

ExternalAccountUpdateRequestImapPort = Literal[143, 993]

EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_PORT_VALUES: set[
    ExternalAccountUpdateRequestImapPort
] = {
    143,
    993,
}


def check_external_account_update_request_imap_port(
    value: int,
) -> ExternalAccountUpdateRequestImapPort:
    if value in EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_PORT_VALUES!r}"
    )
