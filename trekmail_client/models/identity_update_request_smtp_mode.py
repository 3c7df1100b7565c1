from typing import Literal

IdentityUpdateRequestSmtpMode = Literal["domain", "profile"]

IDENTITY_UPDATE_REQUEST_SMTP_MODE_VALUES: set[IdentityUpdateRequestSmtpMode] = {
    "domain",
    "profile",
}


def check_identity_update_request_smtp_mode(
    value: str,
) -> IdentityUpdateRequestSmtpMode:
    if value in IDENTITY_UPDATE_REQUEST_SMTP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDENTITY_UPDATE_REQUEST_SMTP_MODE_VALUES!r}"
    )
