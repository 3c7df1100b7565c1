from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="EnableImapRequest")


@_attrs_define
class EnableImapRequest:
    """Enable IMAP for the mailbox (required before message tokens).

    Attributes:
        password (str): The current mailbox password.
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

        enable_imap_request = cls(
            password=password,
        )

        return enable_imap_request
