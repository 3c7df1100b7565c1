from typing import Literal

SmtpProfileCreateRequestEncryption = Literal["none", "ssl", "tls"]

SMTP_PROFILE_CREATE_REQUEST_ENCRYPTION_VALUES: set[
    SmtpProfileCreateRequestEncryption
] = {
    "none",
    "ssl",
    "tls",
}


def check_smtp_profile_create_request_encryption(
    value: str,
) -> SmtpProfileCreateRequestEncryption:
    if value in SMTP_PROFILE_CREATE_REQUEST_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMTP_PROFILE_CREATE_REQUEST_ENCRYPTION_VALUES!r}"
    )
