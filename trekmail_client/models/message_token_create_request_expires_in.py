from typing import Literal

MessageTokenCreateRequestExpiresIn = Literal["30d", "7d", "90d", "never"]

MESSAGE_TOKEN_CREATE_REQUEST_EXPIRES_IN_VALUES: set[
    MessageTokenCreateRequestExpiresIn
] = {
    "30d",
    "7d",
    "90d",
    "never",
}


def check_message_token_create_request_expires_in(
    value: str,
) -> MessageTokenCreateRequestExpiresIn:
    if value in MESSAGE_TOKEN_CREATE_REQUEST_EXPIRES_IN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TOKEN_CREATE_REQUEST_EXPIRES_IN_VALUES!r}"
    )
