from enum import StrEnum


class DomainSmtpUpdateRequestSmtpMode(StrEnum):
    INHERIT = "inherit"
    NOT_CONFIGURED = "not_configured"
    PLATFORM = "platform"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
