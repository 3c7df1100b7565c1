from typing import Literal

SmtpProfileUpdateRequestPort = Literal[25, 465, 587, 2525]

SMTP_PROFILE_UPDATE_REQUEST_PORT_VALUES: set[SmtpProfileUpdateRequestPort] = {
    25,
    465,
    587,
    2525,
}


def check_smtp_profile_update_request_port(value: int) -> SmtpProfileUpdateRequestPort:
    if value in SMTP_PROFILE_UPDATE_REQUEST_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMTP_PROFILE_UPDATE_REQUEST_PORT_VALUES!r}"
    )
