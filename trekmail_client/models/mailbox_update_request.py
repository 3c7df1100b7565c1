from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.mailbox_update_request_drive_access import (
    check_mailbox_update_request_drive_access,
)
from ..models.mailbox_update_request_drive_access import MailboxUpdateRequestDriveAccess
from typing import cast


T = TypeVar("T", bound="MailboxUpdateRequest")


@_attrs_define
class MailboxUpdateRequest:
    """Partial update. Never changes the address, password, storage or domain.

    Attributes:
        display_name (None | str | Unset): Display name (null clears).
        conversation_view (bool | Unset): Group messages into conversations in webmail.
        drive_access (MailboxUpdateRequestDriveAccess | Unset): Drive access (refused for shared mailboxes).
    """

    display_name: None | str | Unset = UNSET
    conversation_view: bool | Unset = UNSET
    drive_access: MailboxUpdateRequestDriveAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        conversation_view = self.conversation_view

        drive_access: str | Unset = UNSET
        if not isinstance(self.drive_access, Unset):
            drive_access = self.drive_access

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if conversation_view is not UNSET:
            field_dict["conversation_view"] = conversation_view
        if drive_access is not UNSET:
            field_dict["drive_access"] = drive_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        conversation_view = d.pop("conversation_view", UNSET)

        _drive_access = d.pop("drive_access", UNSET)
        drive_access: MailboxUpdateRequestDriveAccess | Unset
        if isinstance(_drive_access, Unset):
            drive_access = UNSET
        else:
            drive_access = check_mailbox_update_request_drive_access(_drive_access)

        mailbox_update_request = cls(
            display_name=display_name,
            conversation_view=conversation_view,
            drive_access=drive_access,
        )

        return mailbox_update_request
