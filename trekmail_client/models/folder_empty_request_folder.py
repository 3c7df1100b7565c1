from enum import StrEnum


class FolderEmptyRequestFolder(StrEnum):
    JUNK = "Junk"
    TRASH = "Trash"

    def __str__(self) -> str:
        return str(self.value)
