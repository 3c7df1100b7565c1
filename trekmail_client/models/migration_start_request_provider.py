from enum import StrEnum


class MigrationStartRequestProvider(StrEnum):
    GENERIC_IMAP = "generic_imap"
    GMAIL = "gmail"
    ICLOUD = "icloud"
    OUTLOOK = "outlook"
    YAHOO = "yahoo"

    def __str__(self) -> str:
        return str(self.value)
