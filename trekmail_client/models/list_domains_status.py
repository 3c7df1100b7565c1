from enum import StrEnum


class ListDomainsStatus(StrEnum):
    ACTIVE = "active"
    PENDING_DNS = "pending_dns"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
