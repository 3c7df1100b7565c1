from typing import Literal

MailboxUpdateRequestDriveAccess = Literal["attachments_only", "disabled", "full"]

MAILBOX_UPDATE_REQUEST_DRIVE_ACCESS_VALUES: set[MailboxUpdateRequestDriveAccess] = {
    "attachments_only",
    "disabled",
    "full",
}


def check_mailbox_update_request_drive_access(
    value: str,
) -> MailboxUpdateRequestDriveAccess:
    if value in MAILBOX_UPDATE_REQUEST_DRIVE_ACCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_UPDATE_REQUEST_DRIVE_ACCESS_VALUES!r}"
    )
