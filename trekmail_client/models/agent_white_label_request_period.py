from typing import Literal

AgentWhiteLabelRequestPeriod = Literal["monthly", "yearly"]

AGENT_WHITE_LABEL_REQUEST_PERIOD_VALUES: set[AgentWhiteLabelRequestPeriod] = {
    "monthly",
    "yearly",
}


def check_agent_white_label_request_period(value: str) -> AgentWhiteLabelRequestPeriod:
    if value in AGENT_WHITE_LABEL_REQUEST_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_WHITE_LABEL_REQUEST_PERIOD_VALUES!r}"
    )
