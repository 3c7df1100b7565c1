from typing import Literal

MessageTokenUpdateRequestScopesItem = Literal[
    "messages:read", "messages:send", "messages:write"
]

MESSAGE_TOKEN_UPDATE_REQUEST_SCOPES_ITEM_VALUES: set[
    MessageTokenUpdateRequestScopesItem
] = {
    "messages:read",
    "messages:send",
    "messages:write",
}


def check_message_token_update_request_scopes_item(
    value: str,
) -> MessageTokenUpdateRequestScopesItem:
    if value in MESSAGE_TOKEN_UPDATE_REQUEST_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TOKEN_UPDATE_REQUEST_SCOPES_ITEM_VALUES!r}"
    )
