from typing import Literal

MailboxBulkCreateRequestPasswordMode = Literal["generated_one_time", "user_supplied"]

MAILBOX_BULK_CREATE_REQUEST_PASSWORD_MODE_VALUES: set[
    MailboxBulkCreateRequestPasswordMode
] = {
    "generated_one_time",
    "user_supplied",
}


def check_mailbox_bulk_create_request_password_mode(
    value: str,
) -> MailboxBulkCreateRequestPasswordMode:
    if value in MAILBOX_BULK_CREATE_REQUEST_PASSWORD_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_BULK_CREATE_REQUEST_PASSWORD_MODE_VALUES!r}"
    )
