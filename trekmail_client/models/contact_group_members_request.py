from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


from typing import cast


T = TypeVar("T", bound="ContactGroupMembersRequest")


@_attrs_define
class ContactGroupMembersRequest:
    """Contacts to add or remove.

    Attributes:
        contact_ids (list[int]): Contact ids (at least one).
    """

    contact_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        contact_ids = self.contact_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contact_ids": contact_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_ids = cast(list[int], d.pop("contact_ids"))

        contact_group_members_request = cls(
            contact_ids=contact_ids,
        )

        return contact_group_members_request
