from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.mailbox_drive_access_request_drive_access import (
    check_mailbox_drive_access_request_drive_access,
)
from ..models.mailbox_drive_access_request_drive_access import (
    MailboxDriveAccessRequestDriveAccess,
)
from typing import cast


T = TypeVar("T", bound="MailboxDriveAccessRequest")


@_attrs_define
class MailboxDriveAccessRequest:
    """Set Drive access on many mailboxes. Give exactly one selector: `mailbox_ids`, `domain_id` or `all: true`.

    Attributes:
        drive_access (MailboxDriveAccessRequestDriveAccess): New Drive access.
        mailbox_ids (list[int] | Unset): Select these mailboxes (1-1000). Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
        domain_id (int | Unset): Select every mailbox of this domain. Give exactly one of `mailbox_ids`, `domain_id`,
            `all`.
        all_ (bool | Unset): `true` selects every mailbox of the account. Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
    """

    drive_access: MailboxDriveAccessRequestDriveAccess
    mailbox_ids: list[int] | Unset = UNSET
    domain_id: int | Unset = UNSET
    all_: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        drive_access: str = self.drive_access

        mailbox_ids: list[int] | Unset = UNSET
        if not isinstance(self.mailbox_ids, Unset):
            mailbox_ids = self.mailbox_ids

        domain_id = self.domain_id

        all_ = self.all_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "drive_access": drive_access,
            }
        )
        if mailbox_ids is not UNSET:
            field_dict["mailbox_ids"] = mailbox_ids
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        drive_access = check_mailbox_drive_access_request_drive_access(
            d.pop("drive_access")
        )

        mailbox_ids = cast(list[int], d.pop("mailbox_ids", UNSET))

        domain_id = d.pop("domain_id", UNSET)

        all_ = d.pop("all", UNSET)

        mailbox_drive_access_request = cls(
            drive_access=drive_access,
            mailbox_ids=mailbox_ids,
            domain_id=domain_id,
            all_=all_,
        )

        return mailbox_drive_access_request
