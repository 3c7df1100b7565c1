from typing import Literal

MailboxCreateRequestClientAuthMode = Literal[
    "app_password_only", "password_or_app_password"
]

MAILBOX_CREATE_REQUEST_CLIENT_AUTH_MODE_VALUES: set[
    MailboxCreateRequestClientAuthMode
] = {
    "app_password_only",
    "password_or_app_password",
}


def check_mailbox_create_request_client_auth_mode(
    value: str,
) -> MailboxCreateRequestClientAuthMode:
    if value in MAILBOX_CREATE_REQUEST_CLIENT_AUTH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_CREATE_REQUEST_CLIENT_AUTH_MODE_VALUES!r}"
    )
