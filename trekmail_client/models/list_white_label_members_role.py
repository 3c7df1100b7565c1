from enum import StrEnum


class ListWhiteLabelMembersRole(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    BILLING_MANAGER = "billing_manager"
    CLIENT = "client"
    CUSTOM = "custom"
    DOMAIN_ADMIN = "domain_admin"
    MAILBOX_OPERATOR = "mailbox_operator"
    OWNER = "owner"
    READ_ONLY = "read_only"
    SUPPORT_AGENT = "support_agent"
    WEBMAIL_ONLY = "webmail_only"

    def __str__(self) -> str:
        return str(self.value)
