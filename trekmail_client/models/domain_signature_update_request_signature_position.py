from enum import StrEnum


class DomainSignatureUpdateRequestSignaturePosition(StrEnum):
    AFTER_REPLY = "after_reply"
    BEFORE_REPLY = "before_reply"

    def __str__(self) -> str:
        return str(self.value)
