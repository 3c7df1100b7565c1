from typing import Literal

RuleConditionOperator = Literal["contains", "exists", "is", "matches", "over", "under"]

RULE_CONDITION_OPERATOR_VALUES: set[RuleConditionOperator] = {
    "contains",
    "exists",
    "is",
    "matches",
    "over",
    "under",
}


def check_rule_condition_operator(value: str) -> RuleConditionOperator:
    if value in RULE_CONDITION_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_CONDITION_OPERATOR_VALUES!r}"
    )
