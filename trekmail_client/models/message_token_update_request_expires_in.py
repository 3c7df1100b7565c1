from typing import Literal

MessageTokenUpdateRequestExpiresIn = Literal["1h", "2h", "30d", "4h", "7d", "8h", "90d"]

MESSAGE_TOKEN_UPDATE_REQUEST_EXPIRES_IN_VALUES: set[
    MessageTokenUpdateRequestExpiresIn
] = {
    "1h",
    "2h",
    "30d",
    "4h",
    "7d",
    "8h",
    "90d",
}


def check_message_token_update_request_expires_in(
    value: str,
) -> MessageTokenUpdateRequestExpiresIn:
    if value in MESSAGE_TOKEN_UPDATE_REQUEST_EXPIRES_IN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TOKEN_UPDATE_REQUEST_EXPIRES_IN_VALUES!r}"
    )
