from enum import StrEnum


class ConfirmDeleteIntentXConfirmDelete(StrEnum):
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
