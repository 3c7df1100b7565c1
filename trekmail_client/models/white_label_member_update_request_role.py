from typing import Literal

WhiteLabelMemberUpdateRequestRole = Literal[
    "client", "custom", "domain_admin", "mailbox_operator", "read_only", "webmail_only"
]

WHITE_LABEL_MEMBER_UPDATE_REQUEST_ROLE_VALUES: set[
    WhiteLabelMemberUpdateRequestRole
] = {
    "client",
    "custom",
    "domain_admin",
    "mailbox_operator",
    "read_only",
    "webmail_only",
}


def check_white_label_member_update_request_role(
    value: str,
) -> WhiteLabelMemberUpdateRequestRole:
    if value in WHITE_LABEL_MEMBER_UPDATE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHITE_LABEL_MEMBER_UPDATE_REQUEST_ROLE_VALUES!r}"
    )
