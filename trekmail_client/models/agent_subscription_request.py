from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.agent_subscription_request_period import AgentSubscriptionRequestPeriod
from ..models.agent_subscription_request_period import (
    check_agent_subscription_request_period,
)
from ..models.agent_subscription_request_plan import AgentSubscriptionRequestPlan
from ..models.agent_subscription_request_plan import (
    check_agent_subscription_request_plan,
)


T = TypeVar("T", bound="AgentSubscriptionRequest")


@_attrs_define
class AgentSubscriptionRequest:
    """Subscribe to a mail plan.

    Attributes:
        plan (AgentSubscriptionRequestPlan): Plan.
        period (AgentSubscriptionRequestPeriod): Billing period.
    """

    plan: AgentSubscriptionRequestPlan
    period: AgentSubscriptionRequestPeriod

    def to_dict(self) -> dict[str, Any]:
        plan: str = self.plan

        period: str = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan": plan,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan = check_agent_subscription_request_plan(d.pop("plan"))

        period = check_agent_subscription_request_period(d.pop("period"))

        agent_subscription_request = cls(
            plan=plan,
            period=period,
        )

        return agent_subscription_request
