from enum import StrEnum


class RemoveDomainBrandingScope(StrEnum):
    ALL = "all"
    DOMAIN = "domain"

    def __str__(self) -> str:
        return str(self.value)
