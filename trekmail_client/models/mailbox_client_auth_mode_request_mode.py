from typing import Literal

MailboxClientAuthModeRequestMode = Literal[
    "app_password_only", "password_or_app_password"
]

MAILBOX_CLIENT_AUTH_MODE_REQUEST_MODE_VALUES: set[MailboxClientAuthModeRequestMode] = {
    "app_password_only",
    "password_or_app_password",
}


def check_mailbox_client_auth_mode_request_mode(
    value: str,
) -> MailboxClientAuthModeRequestMode:
    if value in MAILBOX_CLIENT_AUTH_MODE_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_CLIENT_AUTH_MODE_REQUEST_MODE_VALUES!r}"
    )
