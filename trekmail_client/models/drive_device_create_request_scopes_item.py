from typing import Literal

DriveDeviceCreateRequestScopesItem = Literal[
    "drive:account:purge",
    "drive:account:read",
    "drive:account:share",
    "drive:account:write",
    "drive:mailbox:purge",
    "drive:mailbox:read",
    "drive:mailbox:share",
    "drive:mailbox:write",
]

DRIVE_DEVICE_CREATE_REQUEST_SCOPES_ITEM_VALUES: set[
    DriveDeviceCreateRequestScopesItem
] = {
    "drive:account:purge",
    "drive:account:read",
    "drive:account:share",
    "drive:account:write",
    "drive:mailbox:purge",
    "drive:mailbox:read",
    "drive:mailbox:share",
    "drive:mailbox:write",
}


def check_drive_device_create_request_scopes_item(
    value: str,
) -> DriveDeviceCreateRequestScopesItem:
    if value in DRIVE_DEVICE_CREATE_REQUEST_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DRIVE_DEVICE_CREATE_REQUEST_SCOPES_ITEM_VALUES!r}"
    )
