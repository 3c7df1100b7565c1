from enum import StrEnum


class RuleActionType(StrEnum):
    ADDFLAG = "addflag"
    DISCARD = "discard"
    FILEINTO = "fileinto"
    REDIRECT = "redirect"
    REDIRECT_COPY = "redirect_copy"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
