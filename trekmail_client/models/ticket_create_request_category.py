from enum import StrEnum


class TicketCreateRequestCategory(StrEnum):
    ABUSE = "abuse"
    ACCOUNT = "account"
    AFFILIATE = "affiliate"
    API = "api"
    BILLING = "billing"
    DELIVERABILITY = "deliverability"
    FEATURE = "feature"
    OTHER = "other"
    PARTNERSHIP = "partnership"
    SALES = "sales"
    TECHNICAL = "technical"

    def __str__(self) -> str:
        return str(self.value)
