from typing import Literal

IdentityCreateRequestSmtpMode = Literal["domain", "profile"]

IDENTITY_CREATE_REQUEST_SMTP_MODE_VALUES: set[IdentityCreateRequestSmtpMode] = {
    "domain",
    "profile",
}


def check_identity_create_request_smtp_mode(
    value: str,
) -> IdentityCreateRequestSmtpMode:
    if value in IDENTITY_CREATE_REQUEST_SMTP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IDENTITY_CREATE_REQUEST_SMTP_MODE_VALUES!r}"
    )
