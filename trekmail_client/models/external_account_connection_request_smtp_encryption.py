from typing import Literal

ExternalAccountConnectionRequestSmtpEncryption = Literal["ssl", "tls"]

EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_ENCRYPTION_VALUES: set[
    ExternalAccountConnectionRequestSmtpEncryption
] = {
    "ssl",
    "tls",
}


def check_external_account_connection_request_smtp_encryption(
    value: str,
) -> ExternalAccountConnectionRequestSmtpEncryption:
    if value in EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_ACCOUNT_CONNECTION_REQUEST_SMTP_ENCRYPTION_VALUES!r}"
    )
