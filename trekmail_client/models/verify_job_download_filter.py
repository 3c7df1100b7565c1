from enum import StrEnum


class VerifyJobDownloadFilter(StrEnum):
    ALL = "all"
    SAFE = "safe"
    SAFE_RISKY = "safe_risky"

    def __str__(self) -> str:
        return str(self.value)
