from enum import StrEnum


class BulkMigrationStartRequestFolderStrategy(StrEnum):
    ALL = "all"
    INBOX_ONLY = "inbox_only"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
