from typing import Literal

SmtpProfileCreateRequestPort = Literal[25, 465, 587, 2525]

SMTP_PROFILE_CREATE_REQUEST_PORT_VALUES: set[SmtpProfileCreateRequestPort] = {
    25,
    465,
    587,
    2525,
}


def check_smtp_profile_create_request_port(value: int) -> SmtpProfileCreateRequestPort:
    if value in SMTP_PROFILE_CREATE_REQUEST_PORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMTP_PROFILE_CREATE_REQUEST_PORT_VALUES!r}"
    )
