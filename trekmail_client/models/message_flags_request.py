from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.message_flags_request_flags import MessageFlagsRequestFlags


T = TypeVar("T", bound="MessageFlagsRequest")


@_attrs_define
class MessageFlagsRequest:
    """Set read/starred flags.

    Attributes:
        flags (MessageFlagsRequestFlags): Flags to set (at least one).
        folder (str | Unset): Folder (default INBOX).
        external_account_id (int | Unset): Connected external account.
    """

    flags: MessageFlagsRequestFlags
    folder: str | Unset = UNSET
    external_account_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        flags = self.flags.to_dict()

        folder = self.folder

        external_account_id = self.external_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "flags": flags,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_flags_request_flags import MessageFlagsRequestFlags  # noqa: PLC0415

        d = dict(src_dict)
        flags = MessageFlagsRequestFlags.from_dict(d.pop("flags"))

        folder = d.pop("folder", UNSET)

        external_account_id = d.pop("external_account_id", UNSET)

        message_flags_request = cls(
            flags=flags,
            folder=folder,
            external_account_id=external_account_id,
        )

        return message_flags_request
