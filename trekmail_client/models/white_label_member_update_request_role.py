from enum import StrEnum


class WhiteLabelMemberUpdateRequestRole(StrEnum):
    CLIENT = "client"
    CUSTOM = "custom"
    DOMAIN_ADMIN = "domain_admin"
    MAILBOX_OPERATOR = "mailbox_operator"
    READ_ONLY = "read_only"
    WEBMAIL_ONLY = "webmail_only"

    def __str__(self) -> str:
        return str(self.value)
