from enum import StrEnum


class IdentityCreateRequestSmtpMode(StrEnum):
    DOMAIN = "domain"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
