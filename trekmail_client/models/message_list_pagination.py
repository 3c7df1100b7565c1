from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MessageListPagination")


@_attrs_define
class MessageListPagination:
    """UID cursor of a message list.

    Attributes:
        has_more (bool | Unset): More (older) messages exist.
        next_before_uid (int | None | Unset): Pass as `before_uid` to get the next page.
    """

    has_more: bool | Unset = UNSET
    next_before_uid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        next_before_uid: int | None | Unset
        if isinstance(self.next_before_uid, Unset):
            next_before_uid = UNSET
        else:
            next_before_uid = self.next_before_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_before_uid is not UNSET:
            field_dict["next_before_uid"] = next_before_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_more = d.pop("has_more", UNSET)

        def _parse_next_before_uid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_before_uid = _parse_next_before_uid(d.pop("next_before_uid", UNSET))

        message_list_pagination = cls(
            has_more=has_more,
            next_before_uid=next_before_uid,
        )

        message_list_pagination.additional_properties = d
        return message_list_pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
