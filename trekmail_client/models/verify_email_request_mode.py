from typing import Literal

VerifyEmailRequestMode = Literal["deep", "quick"]

VERIFY_EMAIL_REQUEST_MODE_VALUES: set[VerifyEmailRequestMode] = {
    "deep",
    "quick",
}


def check_verify_email_request_mode(value: str) -> VerifyEmailRequestMode:
    if value in VERIFY_EMAIL_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERIFY_EMAIL_REQUEST_MODE_VALUES!r}"
    )
