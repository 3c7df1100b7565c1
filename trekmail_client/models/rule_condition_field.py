from enum import StrEnum


class RuleConditionField(StrEnum):
    BODY = "body"
    FROM = "from"
    HEADER = "header"
    SIZE = "size"
    SUBJECT = "subject"
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)
