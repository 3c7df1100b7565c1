from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="BlockSenderRequest")


@_attrs_define
class BlockSenderRequest:
    """Address or domain to block.

    Attributes:
        email_or_domain (str): `spammer@evil.com` or `@evil.com`.
    """

    email_or_domain: str

    def to_dict(self) -> dict[str, Any]:
        email_or_domain = self.email_or_domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email_or_domain": email_or_domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_or_domain = d.pop("email_or_domain")

        block_sender_request = cls(
            email_or_domain=email_or_domain,
        )

        return block_sender_request
