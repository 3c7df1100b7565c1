from typing import Literal

ExternalAccountCreateRequestSmtpEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_ENCRYPTION_VALUES: set[
    ExternalAccountCreateRequestSmtpEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_create_request_smtp_encryption(
    value: str,
) -> ExternalAccountCreateRequestSmtpEncryption:
    if value in EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CREATE_REQUEST_SMTP_ENCRYPTION_VALUES!r}"
    )
