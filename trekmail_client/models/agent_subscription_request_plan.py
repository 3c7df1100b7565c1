from typing import Literal

AgentSubscriptionRequestPlan = Literal["agency", "pro"]

AGENT_SUBSCRIPTION_REQUEST_PLAN_VALUES: set[AgentSubscriptionRequestPlan] = {
    "agency",
    "pro",
}


def check_agent_subscription_request_plan(value: str) -> AgentSubscriptionRequestPlan:
    if value in AGENT_SUBSCRIPTION_REQUEST_PLAN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_SUBSCRIPTION_REQUEST_PLAN_VALUES!r}"
    )
