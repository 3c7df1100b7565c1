from typing import Literal

WhiteLabelMemberInviteRequestRole = Literal[
    "client", "custom", "domain_admin", "mailbox_operator", "read_only", "webmail_only"
]

WHITE_LABEL_MEMBER_INVITE_REQUEST_ROLE_VALUES: set[
    WhiteLabelMemberInviteRequestRole
] = {
    "client",
    "custom",
    "domain_admin",
    "mailbox_operator",
    "read_only",
    "webmail_only",
}


def check_white_label_member_invite_request_role(
    value: str,
) -> WhiteLabelMemberInviteRequestRole:
    if value in WHITE_LABEL_MEMBER_INVITE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHITE_LABEL_MEMBER_INVITE_REQUEST_ROLE_VALUES!r}"
    )
