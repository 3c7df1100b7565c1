from typing import Literal

SmtpProfileUpdateRequestEncryption = Literal["none", "ssl", "tls"]

SMTP_PROFILE_UPDATE_REQUEST_ENCRYPTION_VALUES: set[
    SmtpProfileUpdateRequestEncryption
] = {
    "none",
    "ssl",
    "tls",
}


def check_smtp_profile_update_request_encryption(
    value: str,
) -> SmtpProfileUpdateRequestEncryption:
    if value in SMTP_PROFILE_UPDATE_REQUEST_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMTP_PROFILE_UPDATE_REQUEST_ENCRYPTION_VALUES!r}"
    )
