from typing import Literal

LegacySmtpUpdateRequestMode = Literal["custom", "platform"]

LEGACY_SMTP_UPDATE_REQUEST_MODE_VALUES: set[LegacySmtpUpdateRequestMode] = {
    "custom",
    "platform",
}


def check_legacy_smtp_update_request_mode(value: str) -> LegacySmtpUpdateRequestMode:
    if value in LEGACY_SMTP_UPDATE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_SMTP_UPDATE_REQUEST_MODE_VALUES!r}"
    )
