from enum import StrEnum


class IdentityCreateRequestKind(StrEnum):
    MANAGED = "managed"
    SEND_AS = "send_as"

    def __str__(self) -> str:
        return str(self.value)
