from typing import Literal

RuleActionType = Literal[
    "addflag", "discard", "fileinto", "redirect", "redirect_copy", "reject"
]

RULE_ACTION_TYPE_VALUES: set[RuleActionType] = {
    "addflag",
    "discard",
    "fileinto",
    "redirect",
    "redirect_copy",
    "reject",
}


def check_rule_action_type(value: str) -> RuleActionType:
    if value in RULE_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RULE_ACTION_TYPE_VALUES!r}"
    )
