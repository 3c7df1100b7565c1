from typing import Literal

MailboxCreateRequestPasswordMode = Literal["generated_one_time", "user_supplied"]

MAILBOX_CREATE_REQUEST_PASSWORD_MODE_VALUES: set[MailboxCreateRequestPasswordMode] = {
    "generated_one_time",
    "user_supplied",
}


def check_mailbox_create_request_password_mode(
    value: str,
) -> MailboxCreateRequestPasswordMode:
    if value in MAILBOX_CREATE_REQUEST_PASSWORD_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_CREATE_REQUEST_PASSWORD_MODE_VALUES!r}"
    )
