from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define


T = TypeVar("T", bound="ContactGroupRequest")


@_attrs_define
class ContactGroupRequest:
    """A contact group name.

    Attributes:
        group_name (str): Group name.
    """

    group_name: str

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group_name": group_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("group_name")

        contact_group_request = cls(
            group_name=group_name,
        )

        return contact_group_request
