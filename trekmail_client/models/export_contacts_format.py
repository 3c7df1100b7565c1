from enum import StrEnum


class ExportContactsFormat(StrEnum):
    CSV = "csv"
    VCARD = "vcard"

    def __str__(self) -> str:
        return str(self.value)
