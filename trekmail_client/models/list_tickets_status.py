from enum import StrEnum


class ListTicketsStatus(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"

    def __str__(self) -> str:
        return str(self.value)
