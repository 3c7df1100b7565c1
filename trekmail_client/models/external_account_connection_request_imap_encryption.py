from typing import Literal

ExternalAccountConnectionRequestImapEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_ENCRYPTION_VALUES: set[
    ExternalAccountConnectionRequestImapEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_connection_request_imap_encryption(
    value: str,
) -> ExternalAccountConnectionRequestImapEncryption:
    if value in EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CONNECTION_REQUEST_IMAP_ENCRYPTION_VALUES!r}"
    )
