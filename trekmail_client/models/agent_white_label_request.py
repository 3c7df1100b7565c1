from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.agent_white_label_request_period import AgentWhiteLabelRequestPeriod
from ..models.agent_white_label_request_period import (
    check_agent_white_label_request_period,
)


T = TypeVar("T", bound="AgentWhiteLabelRequest")


@_attrs_define
class AgentWhiteLabelRequest:
    """Subscribe to the White Label add-on.

    Attributes:
        period (AgentWhiteLabelRequestPeriod): Billing period.
    """

    period: AgentWhiteLabelRequestPeriod

    def to_dict(self) -> dict[str, Any]:
        period: str = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = check_agent_white_label_request_period(d.pop("period"))

        agent_white_label_request = cls(
            period=period,
        )

        return agent_white_label_request
