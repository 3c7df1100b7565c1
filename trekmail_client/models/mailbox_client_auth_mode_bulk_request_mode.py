from enum import StrEnum


class MailboxClientAuthModeBulkRequestMode(StrEnum):
    APP_PASSWORD_ONLY = "app_password_only"
    PASSWORD_OR_APP_PASSWORD = "password_or_app_password"

    def __str__(self) -> str:
        return str(self.value)
