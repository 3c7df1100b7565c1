from typing import Literal

MailRuleRequestMatchType = Literal["all", "any"]

MAIL_RULE_REQUEST_MATCH_TYPE_VALUES: set[MailRuleRequestMatchType] = {
    "all",
    "any",
}


def check_mail_rule_request_match_type(value: str) -> MailRuleRequestMatchType:
    if value in MAIL_RULE_REQUEST_MATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAIL_RULE_REQUEST_MATCH_TYPE_VALUES!r}"
    )
