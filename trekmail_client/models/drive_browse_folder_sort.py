from enum import StrEnum


class DriveBrowseFolderSort(StrEnum):
    DATE = "date"
    NAME = "name"
    SIZE = "size"

    def __str__(self) -> str:
        return str(self.value)
