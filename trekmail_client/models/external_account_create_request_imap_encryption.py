from typing import Literal

ExternalAccountCreateRequestImapEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_ENCRYPTION_VALUES: set[
    ExternalAccountCreateRequestImapEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_create_request_imap_encryption(
    value: str,
) -> ExternalAccountCreateRequestImapEncryption:
    if value in EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CREATE_REQUEST_IMAP_ENCRYPTION_VALUES!r}"
    )
