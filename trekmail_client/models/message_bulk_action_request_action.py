from typing import Literal

MessageBulkActionRequestAction = Literal[
    "delete", "move", "notspam", "read", "spam", "star", "unread", "unstar"
]

MESSAGE_BULK_ACTION_REQUEST_ACTION_VALUES: set[MessageBulkActionRequestAction] = {
    "delete",
    "move",
    "notspam",
    "read",
    "spam",
    "star",
    "unread",
    "unstar",
}


def check_message_bulk_action_request_action(
    value: str,
) -> MessageBulkActionRequestAction:
    if value in MESSAGE_BULK_ACTION_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_BULK_ACTION_REQUEST_ACTION_VALUES!r}"
    )
