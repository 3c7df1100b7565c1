from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.agent_drive_addon_request_period import AgentDriveAddonRequestPeriod
from ..models.agent_drive_addon_request_period import (
    check_agent_drive_addon_request_period,
)


T = TypeVar("T", bound="AgentDriveAddonRequest")


@_attrs_define
class AgentDriveAddonRequest:
    """Subscribe to the Drive Storage Add-on.

    Attributes:
        size_gb (int): Size in GB; must be a published step.
        period (AgentDriveAddonRequestPeriod): Billing period.
    """

    size_gb: int
    period: AgentDriveAddonRequestPeriod

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        period: str = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "size_gb": size_gb,
                "period": period,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_gb = d.pop("size_gb")

        period = check_agent_drive_addon_request_period(d.pop("period"))

        agent_drive_addon_request = cls(
            size_gb=size_gb,
            period=period,
        )

        return agent_drive_addon_request
