from typing import Literal

AgentDriveAddonRequestPeriod = Literal["monthly", "yearly"]

AGENT_DRIVE_ADDON_REQUEST_PERIOD_VALUES: set[AgentDriveAddonRequestPeriod] = {
    "monthly",
    "yearly",
}


def check_agent_drive_addon_request_period(value: str) -> AgentDriveAddonRequestPeriod:
    if value in AGENT_DRIVE_ADDON_REQUEST_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_DRIVE_ADDON_REQUEST_PERIOD_VALUES!r}"
    )
