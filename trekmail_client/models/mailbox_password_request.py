from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="MailboxPasswordRequest")


@_attrs_define
class MailboxPasswordRequest:
    """Set a new mailbox password. Revokes all app passwords when that feature is on.

    Attributes:
        password (str): The new password. At least 12 characters with an upper-case letter, a lower-case letter and a
            digit. Example: Correct1HorseBattery.
    """

    password: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        mailbox_password_request = cls(
            password=password,
        )

        return mailbox_password_request
