from enum import StrEnum


class BrandingUpdateRequestMode(StrEnum):
    CUSTOM = "custom"
    INHERIT = "inherit"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
