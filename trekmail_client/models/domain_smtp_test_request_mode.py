from enum import StrEnum


class DomainSmtpTestRequestMode(StrEnum):
    CUSTOM = "custom"
    PLATFORM = "platform"

    def __str__(self) -> str:
        return str(self.value)
