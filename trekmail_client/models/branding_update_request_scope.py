from enum import StrEnum


class BrandingUpdateRequestScope(StrEnum):
    ACCOUNT_DEFAULT = "account_default"
    ALL = "all"
    DOMAIN = "domain"

    def __str__(self) -> str:
        return str(self.value)
