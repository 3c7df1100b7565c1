from enum import StrEnum


class IdentityUpdateRequestSmtpMode(StrEnum):
    DOMAIN = "domain"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
