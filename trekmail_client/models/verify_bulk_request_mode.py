from enum import StrEnum


class VerifyBulkRequestMode(StrEnum):
    DEEP = "deep"
    QUICK = "quick"

    def __str__(self) -> str:
        return str(self.value)
