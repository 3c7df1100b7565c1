from enum import StrEnum


class ListDomainBouncesType(StrEnum):
    ALL = "all"
    HARD = "hard"
    SOFT = "soft"

    def __str__(self) -> str:
        return str(self.value)
