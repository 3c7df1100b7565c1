from typing import Literal

ListWhiteLabelMembersRole = Literal[
    "account_manager",
    "billing_manager",
    "client",
    "custom",
    "domain_admin",
    "mailbox_operator",
    "owner",
    "read_only",
    "support_agent",
    "webmail_only",
]

LIST_WHITE_LABEL_MEMBERS_ROLE_VALUES: set[ListWhiteLabelMembersRole] = {
    "account_manager",
    "billing_manager",
    "client",
    "custom",
    "domain_admin",
    "mailbox_operator",
    "owner",
    "read_only",
    "support_agent",
    "webmail_only",
}


def check_list_white_label_members_role(value: str) -> ListWhiteLabelMembersRole:
    if value in LIST_WHITE_LABEL_MEMBERS_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WHITE_LABEL_MEMBERS_ROLE_VALUES!r}"
    )
