from typing import Literal

MailboxDriveAccessRequestDriveAccess = Literal["attachments_only", "disabled", "full"]

MAILBOX_DRIVE_ACCESS_REQUEST_DRIVE_ACCESS_VALUES: set[
    MailboxDriveAccessRequestDriveAccess
] = {
    "attachments_only",
    "disabled",
    "full",
}


def check_mailbox_drive_access_request_drive_access(
    value: str,
) -> MailboxDriveAccessRequestDriveAccess:
    if value in MAILBOX_DRIVE_ACCESS_REQUEST_DRIVE_ACCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILBOX_DRIVE_ACCESS_REQUEST_DRIVE_ACCESS_VALUES!r}"
    )
