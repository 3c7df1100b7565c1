from typing import Literal

ExternalAccountUpdateRequestSmtpEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_ENCRYPTION_VALUES: set[
    ExternalAccountUpdateRequestSmtpEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_update_request_smtp_encryption(
    value: str,
) -> ExternalAccountUpdateRequestSmtpEncryption:
    if value in EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_UPDATE_REQUEST_SMTP_ENCRYPTION_VALUES!r}"
    )
