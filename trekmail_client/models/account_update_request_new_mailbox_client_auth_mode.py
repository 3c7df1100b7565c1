from typing import Literal

AccountUpdateRequestNewMailboxClientAuthMode = Literal[
    "app_password_only", "password_or_app_password"
]

ACCOUNT_UPDATE_REQUEST_NEW_MAILBOX_CLIENT_AUTH_MODE_VALUES: set[
    AccountUpdateRequestNewMailboxClientAuthMode
] = {
    "app_password_only",
    "password_or_app_password",
}


def check_account_update_request_new_mailbox_client_auth_mode(
    value: str,
) -> AccountUpdateRequestNewMailboxClientAuthMode:
    if value in ACCOUNT_UPDATE_REQUEST_NEW_MAILBOX_CLIENT_AUTH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_UPDATE_REQUEST_NEW_MAILBOX_CLIENT_AUTH_MODE_VALUES!r}"
    )
