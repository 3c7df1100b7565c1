from enum import StrEnum


class SetDomainBrandLogoSlot(StrEnum):
    DARK = "dark"
    FAVICON = "favicon"
    LIGHT = "light"

    def __str__(self) -> str:
        return str(self.value)
