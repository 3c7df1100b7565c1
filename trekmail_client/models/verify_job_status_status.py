from enum import StrEnum


class VerifyJobStatusStatus(StrEnum):
    INVALID = "invalid"
    RISKY = "risky"
    SAFE = "safe"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
