from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

from ..models.message_bulk_action_request_action import (
    check_message_bulk_action_request_action,
)
from ..models.message_bulk_action_request_action import MessageBulkActionRequestAction
from typing import cast


T = TypeVar("T", bound="MessageBulkActionRequest")


@_attrs_define
class MessageBulkActionRequest:
    """A bulk message action.

    Attributes:
        folder (str): Folder of the messages.
        uids (list[int]): Message UIDs (1-50).
        action (MessageBulkActionRequestAction): Action.
        destination (str | Unset): Destination folder (required for `move`).
        external_account_id (int | Unset): Connected external account (native actions only).
    """

    folder: str
    uids: list[int]
    action: MessageBulkActionRequestAction
    destination: str | Unset = UNSET
    external_account_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        uids = self.uids

        action: str = self.action

        destination = self.destination

        external_account_id = self.external_account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "folder": folder,
                "uids": uids,
                "action": action,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination
        if external_account_id is not UNSET:
            field_dict["external_account_id"] = external_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder = d.pop("folder")

        uids = cast(list[int], d.pop("uids"))

        action = check_message_bulk_action_request_action(d.pop("action"))

        destination = d.pop("destination", UNSET)

        external_account_id = d.pop("external_account_id", UNSET)

        message_bulk_action_request = cls(
            folder=folder,
            uids=uids,
            action=action,
            destination=destination,
            external_account_id=external_account_id,
        )

        return message_bulk_action_request
