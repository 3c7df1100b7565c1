from enum import StrEnum


class LegacySmtpUpdateRequestMode(StrEnum):
    CUSTOM = "custom"
    PLATFORM = "platform"

    def __str__(self) -> str:
        return str(self.value)
