from typing import Literal

AgentSubscriptionRequestPeriod = Literal["monthly", "yearly"]

AGENT_SUBSCRIPTION_REQUEST_PERIOD_VALUES: set[AgentSubscriptionRequestPeriod] = {
    "monthly",
    "yearly",
}


def check_agent_subscription_request_period(
    value: str,
) -> AgentSubscriptionRequestPeriod:
    if value in AGENT_SUBSCRIPTION_REQUEST_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_SUBSCRIPTION_REQUEST_PERIOD_VALUES!r}"
    )
