from enum import StrEnum


class BulkMigrationPreviewRequestFolderStrategy(StrEnum):
    ALL = "all"
    INBOX_ONLY = "inbox_only"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
