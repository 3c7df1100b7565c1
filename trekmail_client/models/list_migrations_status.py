from enum import StrEnum


class ListMigrationsStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    PLANNING = "planning"
    PROCESSING = "processing"
    VALIDATING = "validating"

    def __str__(self) -> str:
        return str(self.value)
