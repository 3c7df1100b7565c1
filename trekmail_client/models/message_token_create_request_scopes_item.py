from typing import Literal

MessageTokenCreateRequestScopesItem = Literal[
    "messages:read", "messages:send", "messages:write"
]

MESSAGE_TOKEN_CREATE_REQUEST_SCOPES_ITEM_VALUES: set[
    MessageTokenCreateRequestScopesItem
] = {
    "messages:read",
    "messages:send",
    "messages:write",
}


def check_message_token_create_request_scopes_item(
    value: str,
) -> MessageTokenCreateRequestScopesItem:
    if value in MESSAGE_TOKEN_CREATE_REQUEST_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TOKEN_CREATE_REQUEST_SCOPES_ITEM_VALUES!r}"
    )
