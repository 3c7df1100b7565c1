from enum import StrEnum


class RuleConditionOperator(StrEnum):
    CONTAINS = "contains"
    EXISTS = "exists"
    IS = "is"
    MATCHES = "matches"
    OVER = "over"
    UNDER = "under"

    def __str__(self) -> str:
        return str(self.value)
