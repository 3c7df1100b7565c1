from enum import StrEnum


class ExternalAccountConnectionRequestProvider(StrEnum):
    AOL = "aol"
    CUSTOM = "custom"
    FASTMAIL = "fastmail"
    GMAIL = "gmail"
    GMX = "gmx"
    ICLOUD = "icloud"
    OUTLOOK = "outlook"
    YAHOO = "yahoo"
    YANDEX = "yandex"
    ZOHO = "zoho"

    def __str__(self) -> str:
        return str(self.value)
