from typing import Literal

ExternalAccountUpdateRequestImapEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_ENCRYPTION_VALUES: set[
    ExternalAccountUpdateRequestImapEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_update_request_imap_encryption(
    value: str,
) -> ExternalAccountUpdateRequestImapEncryption:
    if value in EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_UPDATE_REQUEST_IMAP_ENCRYPTION_VALUES!r}"
    )
