from enum import StrEnum


class MailboxBulkCreateRequestPasswordMode(StrEnum):
    GENERATED_ONE_TIME = "generated_one_time"
    USER_SUPPLIED = "user_supplied"

    def __str__(self) -> str:
        return str(self.value)
