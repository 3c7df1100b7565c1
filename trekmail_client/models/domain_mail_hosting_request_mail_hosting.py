from enum import StrEnum


class DomainMailHostingRequestMailHosting(StrEnum):
    EXTERNAL = "external"
    TREKMAIL = "trekmail"

    def __str__(self) -> str:
        return str(self.value)
