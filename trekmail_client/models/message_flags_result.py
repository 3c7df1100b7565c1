from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.message_flags_state import MessageFlagsState


T = TypeVar("T", bound="MessageFlagsResult")


@_attrs_define
class MessageFlagsResult:
    """The message's flags after the change (shape from the official client's test double `{uid, flags: {seen}}`).

    Attributes:
        uid (int | Unset): IMAP UID.
        flags (MessageFlagsState | Unset): Flags of a message after the change.
    """

    uid: int | Unset = UNSET
    flags: MessageFlagsState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid
        if flags is not UNSET:
            field_dict["flags"] = flags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_flags_state import MessageFlagsState  # noqa: PLC0415

        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        _flags = d.pop("flags", UNSET)
        flags: MessageFlagsState | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = MessageFlagsState.from_dict(_flags)

        message_flags_result = cls(
            uid=uid,
            flags=flags,
        )

        message_flags_result.additional_properties = d
        return message_flags_result

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
