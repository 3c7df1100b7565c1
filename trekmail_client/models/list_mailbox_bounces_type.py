from typing import Literal

ListMailboxBouncesType = Literal["all", "hard", "soft"]

LIST_MAILBOX_BOUNCES_TYPE_VALUES: set[ListMailboxBouncesType] = {
    "all",
    "hard",
    "soft",
}


def check_list_mailbox_bounces_type(value: str) -> ListMailboxBouncesType:
    if value in LIST_MAILBOX_BOUNCES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MAILBOX_BOUNCES_TYPE_VALUES!r}"
    )
