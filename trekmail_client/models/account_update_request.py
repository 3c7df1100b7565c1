from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.account_update_request_new_mailbox_client_auth_mode import (
    AccountUpdateRequestNewMailboxClientAuthMode,
)
from ..models.account_update_request_new_mailbox_client_auth_mode import (
    check_account_update_request_new_mailbox_client_auth_mode,
)


T = TypeVar("T", bound="AccountUpdateRequest")


@_attrs_define
class AccountUpdateRequest:
    """Account settings.

    Attributes:
        new_mailbox_client_auth_mode (AccountUpdateRequestNewMailboxClientAuthMode): Client-auth mode given to new
            mailboxes.
    """

    new_mailbox_client_auth_mode: AccountUpdateRequestNewMailboxClientAuthMode

    def to_dict(self) -> dict[str, Any]:
        new_mailbox_client_auth_mode: str = self.new_mailbox_client_auth_mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "new_mailbox_client_auth_mode": new_mailbox_client_auth_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_mailbox_client_auth_mode = (
            check_account_update_request_new_mailbox_client_auth_mode(
                d.pop("new_mailbox_client_auth_mode")
            )
        )

        account_update_request = cls(
            new_mailbox_client_auth_mode=new_mailbox_client_auth_mode,
        )

        return account_update_request
