from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="ConvertToSharedRequest")


@_attrs_define
class ConvertToSharedRequest:
    """Convert a mailbox to a shared one (rotates its password so it can no longer sign in).

    Attributes:
        member_mailbox_ids (list[int]): Members of the new shared mailbox (at least one).
    """

    member_mailbox_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        member_mailbox_ids = self.member_mailbox_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "member_mailbox_ids": member_mailbox_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        member_mailbox_ids = cast(list[int], d.pop("member_mailbox_ids"))

        convert_to_shared_request = cls(
            member_mailbox_ids=member_mailbox_ids,
        )

        return convert_to_shared_request
