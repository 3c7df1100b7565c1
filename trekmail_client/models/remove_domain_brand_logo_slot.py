from enum import StrEnum


class RemoveDomainBrandLogoSlot(StrEnum):
    DARK = "dark"
    FAVICON = "favicon"
    LIGHT = "light"

    def __str__(self) -> str:
        return str(self.value)
