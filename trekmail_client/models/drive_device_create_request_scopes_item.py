from enum import StrEnum


class DriveDeviceCreateRequestScopesItem(StrEnum):
    DRIVEACCOUNTPURGE = "drive:account:purge"
    DRIVEACCOUNTREAD = "drive:account:read"
    DRIVEACCOUNTSHARE = "drive:account:share"
    DRIVEACCOUNTWRITE = "drive:account:write"
    DRIVEMAILBOXPURGE = "drive:mailbox:purge"
    DRIVEMAILBOXREAD = "drive:mailbox:read"
    DRIVEMAILBOXSHARE = "drive:mailbox:share"
    DRIVEMAILBOXWRITE = "drive:mailbox:write"

    def __str__(self) -> str:
        return str(self.value)
