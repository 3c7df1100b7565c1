from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset


T = TypeVar("T", bound="MessageMoveRequest")


@_attrs_define
class MessageMoveRequest:
    """Move a message.

    Attributes:
        destination (str): Destination folder.
        folder (str | Unset): Source folder (default INBOX).
        external_account_id (int | Unset): Connected external account.
    """

    destination: str
    folder: str | Unset = UNSET
    external_account_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        folder = self.folder

        external_account_id = self.external_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "destination": destination,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = d.pop("destination")

        folder = d.pop("folder", UNSET)

        external_account_id = d.pop("external_account_id", UNSET)

        message_move_request = cls(
            destination=destination,
            folder=folder,
            external_account_id=external_account_id,
        )

        return message_move_request
