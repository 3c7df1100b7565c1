from typing import Literal

SmtpDefaultUpdateRequestSmtpMode = Literal["not_configured", "platform", "profile"]

SMTP_DEFAULT_UPDATE_REQUEST_SMTP_MODE_VALUES: set[SmtpDefaultUpdateRequestSmtpMode] = {
    "not_configured",
    "platform",
    "profile",
}


def check_smtp_default_update_request_smtp_mode(
    value: str,
) -> SmtpDefaultUpdateRequestSmtpMode:
    if value in SMTP_DEFAULT_UPDATE_REQUEST_SMTP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMTP_DEFAULT_UPDATE_REQUEST_SMTP_MODE_VALUES!r}"
    )
