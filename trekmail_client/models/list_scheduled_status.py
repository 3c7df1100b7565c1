from enum import StrEnum


class ListScheduledStatus(StrEnum):
    ALL = "all"
    LIMIT_REACHED = "limit_reached"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
