from enum import StrEnum


class SmtpDefaultUpdateRequestSmtpMode(StrEnum):
    NOT_CONFIGURED = "not_configured"
    PLATFORM = "platform"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
