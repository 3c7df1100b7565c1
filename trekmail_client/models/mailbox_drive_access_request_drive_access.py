from enum import StrEnum


class MailboxDriveAccessRequestDriveAccess(StrEnum):
    ATTACHMENTS_ONLY = "attachments_only"
    DISABLED = "disabled"
    FULL = "full"

    def __str__(self) -> str:
        return str(self.value)
