from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageFlagsRequestFlags")


@_attrs_define
class MessageFlagsRequestFlags:
    """Flags to set (at least one).

    Attributes:
        seen (bool | Unset): Read (true) or unread (false).
        flagged (bool | Unset): Starred.
    """

    seen: bool | Unset = UNSET
    flagged: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        seen = self.seen

        flagged = self.flagged

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if seen is not UNSET:
            field_dict["seen"] = seen
        if flagged is not UNSET:
            field_dict["flagged"] = flagged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seen = d.pop("seen", UNSET)

        flagged = d.pop("flagged", UNSET)

        message_flags_request_flags = cls(
            seen=seen,
            flagged=flagged,
        )

        return message_flags_request_flags
