from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.message_list_pagination import MessageListPagination
    from ..models.message_summary import MessageSummary


T = TypeVar("T", bound="MessageListResponse")


@_attrs_define
class MessageListResponse:
    """A page of messages.

    Attributes:
        messages (list[MessageSummary]): Messages, newest first.
        pagination (MessageListPagination | Unset): UID cursor of a message list.
    """

    messages: list[MessageSummary]
    pagination: MessageListPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_list_pagination import MessageListPagination  # noqa: PLC0415
        from ..models.message_summary import MessageSummary  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = MessageSummary.from_dict(messages_item_data)

            messages.append(messages_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: MessageListPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = MessageListPagination.from_dict(_pagination)

        message_list_response = cls(
            messages=messages,
            pagination=pagination,
        )

        message_list_response.additional_properties = d
        return message_list_response

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
