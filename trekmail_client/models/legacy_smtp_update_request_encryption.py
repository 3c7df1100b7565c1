from typing import Literal

LegacySmtpUpdateRequestEncryption = Literal["none", "ssl", "tls"]

LEGACY_SMTP_UPDATE_REQUEST_ENCRYPTION_VALUES: set[LegacySmtpUpdateRequestEncryption] = {
    "none",
    "ssl",
    "tls",
}


def check_legacy_smtp_update_request_encryption(
    value: str,
) -> LegacySmtpUpdateRequestEncryption:
    if value in LEGACY_SMTP_UPDATE_REQUEST_ENCRYPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_SMTP_UPDATE_REQUEST_ENCRYPTION_VALUES!r}"
    )
