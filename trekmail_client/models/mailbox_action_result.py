from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


if TYPE_CHECKING:
    from ..models.mailbox_action_result_data import MailboxActionResultData


T = TypeVar("T", bound="MailboxActionResult")


@_attrs_define
class MailboxActionResult:
    """Result of a mailbox action. The exact shape is not pinned down by the facts, so every key is optional.

    Attributes:
        data (MailboxActionResultData | Unset): The mailbox or the action's result; the facts give no shape for most
            actions (a `Mailbox` object where the API returns one).
        status (str | Unset): Outcome or the mailbox's new status.
        message (str | Unset): Human-readable message.
    """

    data: MailboxActionResultData | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mailbox_action_result_data import MailboxActionResultData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: MailboxActionResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MailboxActionResultData.from_dict(_data)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        mailbox_action_result = cls(
            data=data,
            status=status,
            message=message,
        )

        mailbox_action_result.additional_properties = d
        return mailbox_action_result

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
