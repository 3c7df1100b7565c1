from typing import Literal

RuleConditionField = Literal["body", "from", "header", "size", "subject", "to"]

RULE_CONDITION_FIELD_VALUES: set[RuleConditionField] = {
    "body",
    "from",
    "header",
    "size",
    "subject",
    "to",
}


def check_rule_condition_field(value: str) -> RuleConditionField:
    if value in RULE_CONDITION_FIELD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_CONDITION_FIELD_VALUES!r}"
    )
