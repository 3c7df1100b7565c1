from typing import Literal

ListWhiteLabelMembersStatus = Literal["active", "pending", "revoked", "suspended"]

LIST_WHITE_LABEL_MEMBERS_STATUS_VALUES: set[ListWhiteLabelMembersStatus] = {
    "active",
    "pending",
    "revoked",
    "suspended",
}


def check_list_white_label_members_status(value: str) -> ListWhiteLabelMembersStatus:
    if value in LIST_WHITE_LABEL_MEMBERS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WHITE_LABEL_MEMBERS_STATUS_VALUES!r}"
    )
