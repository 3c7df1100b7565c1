from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MailboxLoginAccessRequest")


@_attrs_define
class MailboxLoginAccessRequest:
    """Suspend or resume sign-in on many mailboxes. Give exactly one selector: `mailbox_ids`, `domain_id` or `all: true`.

    Attributes:
        login_suspended (bool): `true` suspends sign-in, `false` resumes it.
        reason (str | Unset): Why sign-in is suspended.
        mailbox_ids (list[int] | Unset): Select these mailboxes (1-1000). Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
        domain_id (int | Unset): Select every mailbox of this domain. Give exactly one of `mailbox_ids`, `domain_id`,
            `all`.
        all_ (bool | Unset): `true` selects every mailbox of the account. Give exactly one of `mailbox_ids`,
            `domain_id`, `all`.
    """

    login_suspended: bool
    reason: str | Unset = UNSET
    mailbox_ids: list[int] | Unset = UNSET
    domain_id: int | Unset = UNSET
    all_: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        login_suspended = self.login_suspended

        reason = self.reason

        mailbox_ids: list[int] | Unset = UNSET
        if not isinstance(self.mailbox_ids, Unset):
            mailbox_ids = self.mailbox_ids

        domain_id = self.domain_id

        all_ = self.all_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login_suspended": login_suspended,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
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
        login_suspended = d.pop("login_suspended")

        reason = d.pop("reason", UNSET)

        mailbox_ids = cast(list[int], d.pop("mailbox_ids", UNSET))

        domain_id = d.pop("domain_id", UNSET)

        all_ = d.pop("all", UNSET)

        mailbox_login_access_request = cls(
            login_suspended=login_suspended,
            reason=reason,
            mailbox_ids=mailbox_ids,
            domain_id=domain_id,
            all_=all_,
        )

        return mailbox_login_access_request
