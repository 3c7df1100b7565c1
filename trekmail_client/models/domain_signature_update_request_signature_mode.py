from enum import StrEnum


class DomainSignatureUpdateRequestSignatureMode(StrEnum):
    DEFAULT = "default"
    ENFORCED = "enforced"
    OFF = "off"

    def __str__(self) -> str:
        return str(self.value)
