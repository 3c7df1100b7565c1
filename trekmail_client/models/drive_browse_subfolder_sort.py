from enum import StrEnum


class DriveBrowseSubfolderSort(StrEnum):
    DATE = "date"
    NAME = "name"
    SIZE = "size"

    def __str__(self) -> str:
        return str(self.value)
