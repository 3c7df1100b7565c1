from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.mailbox_client_auth_mode_bulk_request_mode import (
    check_mailbox_client_auth_mode_bulk_request_mode,
)
from ..models.mailbox_client_auth_mode_bulk_request_mode import (
    MailboxClientAuthModeBulkRequestMode,
)
from typing import cast


T = TypeVar("T", bound="MailboxClientAuthModeBulkRequest")


@_attrs_define
class MailboxClientAuthModeBulkRequest:
    """Set the client-auth mode on many mailboxes. Give exactly one selector: `mailbox_ids`, `domain_id` or `all: true`.

    Attributes:
        mode (MailboxClientAuthModeBulkRequestMode): `app_password_only` or `password_or_app_password`.
        mailbox_ids (list[int] | Unset): Select these mailboxes (1-1000). Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
        domain_id (int | Unset): Select every mailbox of this domain. Give exactly one of `mailbox_ids`, `domain_id`,
            `all`.
        all_ (bool | Unset): `true` selects every mailbox of the account. Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
    """

    mode: MailboxClientAuthModeBulkRequestMode
    mailbox_ids: list[int] | Unset = UNSET
    domain_id: int | Unset = UNSET
    all_: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        mailbox_ids: list[int] | Unset = UNSET
        if not isinstance(self.mailbox_ids, Unset):
            mailbox_ids = self.mailbox_ids

        domain_id = self.domain_id

        all_ = self.all_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
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
        mode = check_mailbox_client_auth_mode_bulk_request_mode(d.pop("mode"))

        mailbox_ids = cast(list[int], d.pop("mailbox_ids", UNSET))

        domain_id = d.pop("domain_id", UNSET)

        all_ = d.pop("all", UNSET)

        mailbox_client_auth_mode_bulk_request = cls(
            mode=mode,
            mailbox_ids=mailbox_ids,
            domain_id=domain_id,
            all_=all_,
        )

        return mailbox_client_auth_mode_bulk_request
