from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from ..models.mailbox_client_auth_mode_request_mode import (
    check_mailbox_client_auth_mode_request_mode,
)
from ..models.mailbox_client_auth_mode_request_mode import (
    MailboxClientAuthModeRequestMode,
)


T = TypeVar("T", bound="MailboxClientAuthModeRequest")


@_attrs_define
class MailboxClientAuthModeRequest:
    """How the mailbox may sign in to IMAP/SMTP.

    Attributes:
        mode (MailboxClientAuthModeRequestMode): `app_password_only` or `password_or_app_password`.
    """

    mode: MailboxClientAuthModeRequestMode

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_mailbox_client_auth_mode_request_mode(d.pop("mode"))

        mailbox_client_auth_mode_request = cls(
            mode=mode,
        )

        return mailbox_client_auth_mode_request
